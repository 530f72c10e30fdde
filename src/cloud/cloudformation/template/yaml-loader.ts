// YAML templates are read with `yaml` (eemeli/yaml, ISC, no dependencies): its custom tags turn the short
// forms (!Ref, !GetAtt, !Sub, ...) into their long forms, with no hand-made text processing. It is its
// own chunk, loaded only when a template is read: operations are synchronous, so callers load it first.
type YamlModule = typeof import('yaml');
let yaml: YamlModule | undefined;

export async function loadTemplateYaml(): Promise<void> {
  yaml ??= await import('yaml');
}

export function templateYaml(): YamlModule {
  if (!yaml) throw new Error('the YAML parser is not loaded: await loadTemplateYaml() (core/preload.ts) first');
  return yaml;
}

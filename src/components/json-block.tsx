import Box from '@cloudscape-design/components/box';

/** A policy document, pretty-printed as the console shows it; text that is not JSON is shown as is. */
export function JsonBlock({ text }: { text: string }) {
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 4);
  } catch {
    // Show the stored text unchanged rather than nothing.
  }
  return (
    <Box variant="code">
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{pretty}</pre>
    </Box>
  );
}

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';

type Props = { header: string; text: string; phrase: string; value: string; onChange: (value: string) => void; variant?: 'container' | 'plain' };

/** The S3 console's typed confirmation: the action stays disabled until `phrase` is typed exactly. */
export function TypedConfirmation({ header, text, phrase, value, onChange, variant = 'container' }: Props) {
  const field = (
    <FormField label={text}>
      <Input value={value} placeholder={phrase} ariaLabel={text} onChange={({ detail }) => onChange(detail.value)} />
    </FormField>
  );
  if (variant === 'plain') return <SpaceBetween size="s"><Box variant="h3">{header}</Box>{field}</SpaceBetween>;
  return <Container header={<Header variant="h2">{header}</Header>}>{field}</Container>;
}

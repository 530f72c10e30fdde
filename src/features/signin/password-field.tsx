import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  shown?: boolean;
  errorText?: string | false;
  autoComplete: 'current-password' | 'new-password';
};

/** A password box; "Show Password" turns it into plain text only on the screen, never anywhere else. */
export function PasswordField({ label, value, onChange, shown, errorText, autoComplete }: Props) {
  return (
    <FormField label={label} errorText={errorText}>
      <Input type={shown ? 'text' : 'password'} value={value} autoComplete={autoComplete} onChange={({ detail }) => onChange(detail.value)} />
    </FormField>
  );
}

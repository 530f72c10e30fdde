import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type UserType = 'root' | 'iam';

/** The main sign-in page: Root user (its email) or IAM user (the account), then Next (facts §1.1). */
export function ChooseUserType({ initialType, onNext }: { initialType: UserType; onNext: (type: UserType, value: string) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<UserType>(initialType);
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = checked && !value.trim();
  return (
    <form onSubmit={(e) => { e.preventDefault(); setChecked(true); if (value.trim()) onNext(type, value.trim()); }}>
      <SpaceBetween size="l">
        <Header variant="h1">{t('signin.title')}</Header>
        <FormField label={t('signin.userType')} stretch>
          <Tiles value={type} columns={1} onChange={({ detail }) => { setType(detail.value as UserType); setValue(''); setChecked(false); }}
            items={[
              { value: 'root', label: t('signin.rootUser'), description: t('signin.rootUserDescription') },
              { value: 'iam', label: t('signin.iamUser'), description: t('signin.iamUserDescription') },
            ]} />
        </FormField>
        <FormField label={type === 'root' ? t('signin.rootEmail') : t('signin.accountIdOrAlias')} errorText={missing && t('signin.required')}>
          <Input value={value} type={type === 'root' ? 'email' : 'text'} autoFocus
            autoComplete={type === 'root' ? 'username' : 'off'} onChange={({ detail }) => setValue(detail.value)} />
        </FormField>
        <Button variant="primary" fullWidth>{t('signin.next')}</Button>
      </SpaceBetween>
    </form>
  );
}

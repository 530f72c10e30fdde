import { useTranslation } from 'react-i18next';
import { UsersPicker } from '../users-picker';

type Props = { selected?: string; onChange: (userName: string) => void; exclude?: string };

/** Copy permissions: choose the user whose permissions are copied. */
export function UserPicker({ selected, onChange, exclude }: Props) {
  const { t } = useTranslation();
  return (
    <UsersPicker title={t('userEdit.copyFrom')} selectionType="single" selected={selected ? [selected] : []}
      exclude={exclude ? [exclude] : undefined} onChange={(names) => { if (names[0]) onChange(names[0]); }} />
  );
}

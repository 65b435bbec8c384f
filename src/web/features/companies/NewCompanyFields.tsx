import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import { DistrictSelect } from '../../components/DistrictSelect.tsx';

type CompanyField = 'name' | 'address' | 'district' | 'industry';

interface NewCompanyFieldsProps {
  values: Record<CompanyField, string>;
  errors: Partial<Record<CompanyField, string>>;
  idOf: (field: CompanyField) => string;
  onChange: (field: CompanyField, value: string) => void;
}

/** The company's details, asked for when its CVR number is new to indsats. */
export function NewCompanyFields({ values, errors, idOf, onChange }: NewCompanyFieldsProps) {
  const { t } = useTranslation('companies');
  const set = onChange;
  return (
    <fieldset>
      <legend className="h4">{t('partnershipForm.newCompany')}</legend>
      <Field id={idOf('name')} label={t('partnershipForm.name')} error={errors.name ?? null} required>
        {(control) => (
          <input
            {...control}
            className="form-input"
            name="name"
            type="text"
            autoComplete="off"
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>
      <Field id={idOf('address')} label={t('partnershipForm.address')} error={errors.address ?? null}>
        {(control) => (
          <input
            {...control}
            className="form-input"
            name="address"
            type="text"
            autoComplete="off"
            value={values.address}
            onChange={(event) => set('address', event.target.value)}
          />
        )}
      </Field>
      <Field id={idOf('district')} label={t('partnershipForm.district')} error={errors.district ?? null}>
        {(control) => (
          <DistrictSelect
            control={control}
            name="district"
            value={values.district}
            emptyLabel={t('partnershipForm.districtNone')}
            onChange={(district) => set('district', district)}
          />
        )}
      </Field>
      <Field
        id={idOf('industry')}
        label={t('partnershipForm.industry')}
        hint={t('partnershipForm.industryHint')}
        error={errors.industry ?? null}
      >
        {(control) => (
          <input
            {...control}
            className="form-input"
            name="industry"
            type="text"
            value={values.industry}
            onChange={(event) => set('industry', event.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}

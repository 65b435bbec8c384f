// The district picker (bydel), one for every form: Copenhagen's districts from shared/districts.ts with an
// empty first choice ("none" or "choose"), tied to its label by the Field's control props.
import { DISTRICTS } from '../../shared/districts.ts';
import type { ControlProps } from './Field.tsx';

/** The districts as options, for a SelectField (components/form/fields.tsx). */
export const DISTRICT_OPTIONS: readonly { value: string; label: string }[] = DISTRICTS.map((district) => ({
  value: district,
  label: district,
}));

export function DistrictSelect({
  control,
  name,
  value,
  emptyLabel,
  onChange,
}: {
  control: ControlProps;
  name: string;
  value: string;
  emptyLabel: string;
  onChange: (district: string) => void;
}) {
  return (
    <select
      {...control}
      className="form-select"
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{emptyLabel}</option>
      {DISTRICT_OPTIONS.map((district) => (
        <option key={district.value} value={district.value}>
          {district.label}
        </option>
      ))}
    </select>
  );
}

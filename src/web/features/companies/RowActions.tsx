import { useTranslation } from 'react-i18next';

/** A network table's row buttons: edit and delete, each when the user may, labelled with the row's name. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}) {
  const { t } = useTranslation('companies');
  return (
    <>
      {onEdit ? (
        <button
          type="button"
          className="button button-tertiary app-row-action"
          aria-label={t('network.editLabel', { name })}
          onClick={onEdit}
        >
          {t('network.edit')}
        </button>
      ) : null}
      {onDelete ? (
        <button
          type="button"
          className="button button-tertiary app-row-action"
          aria-label={t('network.deleteLabel', { name })}
          onClick={onDelete}
        >
          {t('network.delete')}
        </button>
      ) : null}
    </>
  );
}

// The agenda's figures in the reader's language: the server keeps them as raw numbers with a unit
// (agenda.schemas.ts); "1.234", "12 %", "2.040,50 kr." in Danish, "1,234", "12%", "DKK 2,040.50" in English.
import type { AgendaFigure } from '../../../shared/meetings/agenda.schemas.ts';
import type { Language } from '../../../shared/messages.ts';
import { formatMoney } from '../../../shared/money.ts';

export function formatAgendaNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK').format(value);
}

/** A figure's value (or its total for all providers); a dash for none. */
export function formatFigure(figure: AgendaFigure, value: number | null, language: Language): string {
  if (value === null) return '–';
  switch (figure.unit) {
    case 'percent':
      return language === 'en'
        ? `${formatAgendaNumber(value, language)}%`
        : `${formatAgendaNumber(value, language)} %`;
    case 'ore':
      return formatMoney(value, language);
    case 'count':
    case 'weeks':
    case 'places':
      return formatAgendaNumber(value, language);
  }
}

/** The figure's value, with the count a percentage is of: "40 % (25)". */
export function figureText(figure: AgendaFigure, language: Language): string {
  const text = formatFigure(figure, figure.value, language);
  return figure.unit === 'percent' && figure.of !== null
    ? `${text} (${formatAgendaNumber(figure.of, language)})`
    : text;
}

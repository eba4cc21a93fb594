/** On what terms the data may be reused, said plainly: the report states no licence, so none is invented. */
export const TERMS =
  'The figures, phrases and dates are the report’s, quoted and attributed; the report states no licence, so reuse of its text is subject to its publisher’s terms and to quotation rights. The compilation (structure, field descriptions, derived values, notes) is offered for reuse with attribution to this dashboard and to the report.';

export const TERMS_SHORT =
  'The report states no licence: its figures and phrases are quoted with attribution; the compilation may be reused with attribution to this dashboard and to the report.';

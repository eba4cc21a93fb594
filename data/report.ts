/** The report's bibliographic record, as printed on its cover and contents pages. */
export const REPORT = {
  title: 'The 44-Day Karabakh War: Conclusions and Ramifications',
  publisher: 'Center of Analysis of International Relations (AIR Center)',
  place: 'Baku',
  year: 2021,
  authors: ['Esmira Jafarova', 'Vasif Huseynov', 'Orkhan Baghirov', 'Shahmar Hajiyev', 'Roza Asgarova'],
  website: 'www.aircenter.az',
  sections: {
    '1': 'Introduction',
    '2': 'The 44-Day War and an End to the Armenia–Azerbaijan Conflict',
    '3': 'The Impact of the War on Armenia–Diaspora Relations',
    '4': 'Economic Implications',
    '5': 'Implications for International Relations',
    '5.1': 'Reaffirmation of a Machiavellian Vision of International Politics',
    '5.2': 'A Wake-up Call for Military Strategists across the Globe and an Inspiration for Small States',
    '6': 'Concluding Remarks',
  } as Record<string, string>,
  standpoint:
    'The report is published by a think tank in Baku, the capital of one party to the conflict. This dashboard reports what the report says, attributed to it and to the sources its footnotes cite; it adds no figures or judgements of its own beyond values derived arithmetically, which are labelled "derived".',
} as const;

// Dutch names and help of the CASELOAD functions, keyed by function id and parameter id.
// Excel shows them in its formula bar and function dialog (Dutch Excel, through functions.nl.json).
import type { FunctionTexts } from '../pack';

export const functions: FunctionTexts = {
  AVAILABLE_HOURS: {
    name: 'BESCHIKBARE_UREN',
    description:
      'Uren die iemand per jaar echt kan werken: contracturen min verlof, feestdagen en overige uren, verminderd met verzuim.',
    parameters: {
      hours_per_week: { name: 'uren_per_week', description: 'Contracturen per week, bijvoorbeeld 36.' },
      weeks: { name: 'weken', description: 'Weken per jaar. Standaard 52.' },
      leave_hours: { name: 'verlofuren', description: 'Verlofuren per jaar. Standaard 0.' },
      holiday_hours: { name: 'feestdaguren', description: 'Uren aan feestdagen die op werkdagen vallen. Standaard 0.' },
      other_hours: {
        name: 'overige_uren',
        description: 'Overige niet-beschikbare uren per jaar (scholing, OR-werk). Standaard 0.',
      },
      absence_rate: { name: 'verzuim', description: 'Verzuimpercentage als fractie, 5,5% = 0,055. Standaard 0.' },
      fte: { name: 'fte', description: 'Aantal fte om mee te vermenigvuldigen. Standaard 1.' },
    },
  },
  INDIRECT_TIME_SHARE: {
    name: 'AANDEEL_INDIRECTE_TIJD',
    description:
      'Deel van de werktijd dat indirect is (niet met of voor cliënten): totaal indirecte uren gedeeld door totaal uren.',
    parameters: {
      indirect_hours: {
        name: 'indirecte_uren',
        description: 'Indirecte uren: een getal of een bereik (lege cellen tellen niet mee).',
      },
      total_hours: {
        name: 'totale_uren',
        description: 'Totale werkuren: een getal of een bereik (lege cellen tellen niet mee).',
      },
    },
  },
  CLIENT_HOURS: {
    name: 'CLIENTUREN',
    description:
      'Uren die overblijven voor cliëntwerk na aftrek van het aandeel indirecte tijd: beschikbaar × (1 − aandeel indirecte tijd).',
    parameters: {
      available_hours: { name: 'beschikbare_uren', description: 'Beschikbare uren per jaar (zie BESCHIKBARE_UREN).' },
      indirect_share: { name: 'aandeel_indirecte_tijd', description: 'Aandeel indirecte tijd als fractie, 40% = 0,4.' },
    },
  },
  WEIGHTED_CASELOAD: {
    name: 'GEWOGEN_CASELOAD',
    description:
      'Caseload waarin zware casussen zwaarder tellen: som van aantal × gewicht, per fte als fte is opgegeven.',
    parameters: {
      counts: { name: 'aantallen', description: 'Aantal casussen per categorie (bereik).' },
      weights: { name: 'gewichten', description: 'Gewicht per categorie, evenveel cellen als aantallen.' },
      fte: { name: 'fte', description: 'Aantal fte om door te delen. Weglaten voor het teamtotaal.' },
    },
  },
  BANDWIDTH: {
    name: 'BANDBREEDTE',
    description:
      'De bandbreedte van verantwoorde caseload per fte per jaar, als {laag, hoog}: cliënturen gedeeld door uren per casus, verminderd met elke meewegende factor.',
    parameters: {
      client_hours_per_fte: {
        name: 'clienturen_per_fte',
        description: 'Cliënturen per fte per jaar (zie CLIENTUREN).',
      },
      hours_per_case_high: {
        name: 'uren_per_casus_hoog',
        description: 'Uren per casus aan de zware kant; geeft de ondergrens.',
      },
      hours_per_case_low: {
        name: 'uren_per_casus_laag',
        description: 'Uren per casus aan de lichte kant; geeft de bovengrens.',
      },
      reductions: {
        name: 'verminderingen',
        description:
          'Meewegende factoren als fracties (inwerken, tijdelijke krachten, verlof, registratie), een bereik.',
      },
    },
  },
  TEAM_BANDWIDTH: {
    name: 'TEAM_BANDBREEDTE',
    description:
      'De bandbreedte voor het hele team, als {laag, hoog}: de som over het rooster van fte × (1 − vermindering) × de bandbreedte per fte.',
    parameters: {
      fte_range: { name: 'fte_bereik', description: 'Fte per medewerker (bereik).' },
      reduction_range: {
        name: 'vermindering_bereik',
        description: 'Vermindering per medewerker als fractie, evenveel cellen als fte_bereik.',
      },
      low_per_fte: { name: 'laag_per_fte', description: 'Ondergrens van de bandbreedte per fte.' },
      high_per_fte: { name: 'hoog_per_fte', description: 'Bovengrens van de bandbreedte per fte.' },
    },
  },
  CONCURRENT_CASELOAD: {
    name: 'GELIJKTIJDIGE_CASELOAD',
    description: 'Casussen die tegelijk openstaan, uit casussen per jaar en de gemiddelde looptijd (wet van Little).',
    parameters: {
      cases_per_year: {
        name: 'casussen_per_jaar',
        description: 'Casussen per jaar: de casussen die in een jaar beginnen.',
      },
      average_duration_weeks: {
        name: 'gemiddelde_looptijd_weken',
        description: 'Gemiddelde looptijd van een casus in weken.',
      },
    },
  },
  STAFF_CAPACITY: {
    name: 'CAPACITEIT_MEDEWERKERS',
    description:
      'Het deel van de bandbreedte per medewerker, één rij per persoon: fte × (1 − vermindering) × {laag, hoog}.',
    parameters: {
      fte_range: { name: 'fte_bereik', description: 'Fte per medewerker (bereik).' },
      reduction_range: {
        name: 'vermindering_bereik',
        description: 'Vermindering per medewerker als fractie, evenveel cellen als fte_bereik.',
      },
      low_per_fte: { name: 'laag_per_fte', description: 'Ondergrens van de bandbreedte per fte.' },
      high_per_fte: { name: 'hoog_per_fte', description: 'Bovengrens van de bandbreedte per fte.' },
    },
  },
  FTE_NEEDED: {
    name: 'BENODIGDE_FTE',
    description:
      'Benodigde fte voor de casussen per jaar (WISN): de uren die ze vragen gedeeld door de cliënturen van één fte na de meewegende factoren, plus taken die alleen sommigen doen.',
    parameters: {
      case_counts: { name: 'aantallen_casussen', description: 'Casussen per jaar per categorie (bereik).' },
      hours_per_case: {
        name: 'uren_per_casus',
        description: 'Uren per casus per categorie, evenveel cellen als aantallen_casussen.',
      },
      available_hours_per_fte: {
        name: 'beschikbare_uren_per_fte',
        description: 'Beschikbare uren van één fte per jaar (zie BESCHIKBARE_UREN).',
      },
      indirect_share: {
        name: 'aandeel_indirecte_tijd',
        description: 'Aandeel indirecte tijd als fractie. Standaard 0.',
      },
      individual_hours: {
        name: 'individuele_uren',
        description: 'Uren per jaar voor taken die alleen sommigen doen. Standaard 0.',
      },
      reductions: {
        name: 'verminderingen',
        description:
          'Meewegende factoren van het team als fractie (registratielast, inwerken): elk neemt dat deel van de cliënturen, zoals in BANDBREEDTE. Standaard geen.',
      },
    },
  },
  STAFFING_RATIO: {
    name: 'DEKKINGSGRAAD',
    description:
      'Dekkingsgraad (WISN-ratio): inzetbare bezetting gedeeld door benodigde fte; onder 1 dekken de mensen het werk niet. Niet de bezettingsgraad (bezetting / formatie).',
    parameters: {
      existing_fte: {
        name: 'inzetbare_bezetting',
        description: 'Fte op het rooster na ieders eigen vermindering (zie BEZETTING_OP met verminderingen).',
      },
      needed_fte: { name: 'benodigde_fte', description: 'Fte die het werk vraagt (zie BENODIGDE_FTE).' },
    },
  },
  HOURLY_RATE: {
    name: 'UURTARIEF',
    description: 'Kosten van één productief uur: jaarkosten plus overhead, gedeeld door de productieve uren.',
    parameters: {
      annual_cost: {
        name: 'jaarkosten',
        description: 'Kosten per jaar in euro, inclusief werkgeverslasten (zie KOSTEN_PER_FTE), of de teamkosten.',
      },
      productive_hours: { name: 'productieve_uren', description: 'Productieve uren per jaar.' },
      overhead_share: { name: 'overhead_aandeel', description: 'Overhead als fractie van de jaarkosten. Standaard 0.' },
    },
  },
  COST_PER_CASE: {
    name: 'KOSTPRIJS_PER_CASUS',
    description:
      'Gemiddelde kostprijs per casus: teamkosten plus ondersteuning, gedeeld door alle casussen per jaar, over alle soorten casussen samen. Per soort casus: KOSTPRIJS_PRODUCT.',
    parameters: {
      team_cost: {
        name: 'teamkosten',
        description: 'Jaarkosten van het team in euro: een getal of een bereik (opgeteld).',
      },
      support_cost: {
        name: 'ondersteuningskosten',
        description: 'Jaarkosten van ondersteuning in euro: een getal of een bereik (opgeteld).',
      },
      cases_per_year: { name: 'casussen_per_jaar', description: 'Casussen per jaar, alle categorieën samen.' },
    },
  },
  CASELOAD_PER_FTE: {
    name: 'CASELOAD_PER_FTE',
    description:
      'Open casussen per aanwezige fte: som van casussen gedeeld door som van fte, voor de wekelijkse cijfers.',
    parameters: {
      cases: { name: 'casussen', description: 'Open casussen: een getal of een bereik (opgeteld).' },
      fte: { name: 'fte', description: 'Aanwezige fte: een getal of een bereik (opgeteld).' },
    },
  },
  BANDWIDTH_STATUS: {
    name: 'BANDBREEDTE_STATUS',
    description: 'Waar een caseload staat ten opzichte van de bandbreedte: onder, binnen of boven.',
    parameters: {
      caseload: { name: 'caseload', description: 'Caseload per fte.' },
      low: { name: 'laag', description: 'Ondergrens van de bandbreedte.' },
      high: { name: 'hoog', description: 'Bovengrens van de bandbreedte.' },
    },
  },
  BANDWIDTH_POSITION: {
    name: 'BANDBREEDTE_POSITIE',
    description: 'Hoe ver een caseload in de bandbreedte ligt: 0 op de ondergrens, 1 op de bovengrens.',
    parameters: {
      caseload: { name: 'caseload', description: 'Caseload per fte.' },
      low: { name: 'laag', description: 'Ondergrens van de bandbreedte.' },
      high: { name: 'hoog', description: 'Bovengrens van de bandbreedte.' },
    },
  },
  DEVIATING_CASES: {
    name: 'AFWIJKENDE_CASUSSEN',
    description:
      'Aantal casussen waarvan de uren meer dan marge × norm van de norm afwijken, erboven, eronder of beide: de casussen om op te reflecteren.',
    parameters: {
      hours: { name: 'uren', description: 'Geschatte uren per casus (bereik).' },
      norm_hours: { name: 'normuren', description: 'Normuren per casus.' },
      tolerance: { name: 'marge', description: 'Marge rond de norm, als fractie van de norm. Standaard 0,5.' },
      direction: {
        name: 'richting',
        description:
          'Welke casussen je telt: "boven" (meer uren dan de norm toelaat), "onder" (minder) of "beide". Engels (above, below, both) mag ook. Standaard "beide".',
      },
    },
  },
  EXPECTED_CASES: {
    name: 'VERWACHTE_CASUSSEN',
    description:
      'Aantal casussen dat je in een gebied mag verwachten: de som van inwoners × casussen per 1000 inwoners, gedeeld door 1000, per leeftijdsgroep.',
    parameters: {
      inhabitants: {
        name: 'inwoners',
        description: 'Inwoners per leeftijdsgroep: een getal of een bereik (lege cellen tellen niet mee).',
      },
      rate_per_1000: {
        name: 'casussen_per_1000',
        description: 'Casussen per 1000 inwoners van elke groep, evenveel cellen als inwoners.',
      },
    },
  },
  CASE_RATE: {
    name: 'CASUSSEN_PER_1000_INWONERS',
    description:
      'Casussen per 1000 inwoners: som van casussen gedeeld door som van inwoners, maal 1000, om gebieden van verschillende grootte te vergelijken.',
    parameters: {
      cases: { name: 'casussen', description: 'Aantal casussen: een getal of een bereik (opgeteld).' },
      inhabitants: { name: 'inwoners', description: 'Aantal inwoners: een getal of een bereik (opgeteld).' },
    },
  },
  WEEKS_ABOVE_BAND: {
    name: 'WEKEN_BOVEN_BANDBREEDTE',
    description: 'Aantal weken in de monitoringkolom waarin de caseload boven de bovengrens van de bandbreedte lag.',
    parameters: {
      caseloads: {
        name: 'caseload_per_week',
        description: 'Caseload per fte per week, één week per cel (lege weken tellen niet mee).',
      },
      high: { name: 'hoog', description: 'Bovengrens van de bandbreedte.' },
    },
  },
  WEEKS_BELOW_BAND: {
    name: 'WEKEN_ONDER_BANDBREEDTE',
    description: 'Aantal weken in de monitoringkolom waarin de caseload onder de ondergrens van de bandbreedte lag.',
    parameters: {
      caseloads: {
        name: 'caseload_per_week',
        description: 'Caseload per fte per week, één week per cel (lege weken tellen niet mee).',
      },
      low: { name: 'laag', description: 'Ondergrens van de bandbreedte.' },
    },
  },
  CASELOAD_TREND: {
    name: 'CASELOAD_PROGNOSE',
    description:
      'Waar de wekelijkse caseload naartoe gaat: de trendlijn (kleinste kwadraten) door de monitoringkolom, een aantal weken na het laatste cijfer (nooit onder 0).',
    parameters: {
      caseloads: {
        name: 'caseload_per_week',
        description:
          'Caseload per week, één week per cel op volgorde; minstens 2 cijfers. Een lege week telt niet mee maar houdt haar plaats.',
      },
      weeks_ahead: { name: 'weken_vooruit', description: 'Aantal weken na het laatste cijfer. Standaard 4.' },
    },
  },
  WEEKS_UNTIL_OUTSIDE: {
    name: 'WEKEN_TOT_BUITEN_BANDBREEDTE',
    description:
      'Over hoeveel weken de caseload buiten de bandbreedte komt als de trend doorzet: 0 als het laatste cijfer er al buiten ligt, #N/B als de trend 52 weken binnen blijft.',
    parameters: {
      caseloads: {
        name: 'caseload_per_week',
        description:
          'Caseload per week, één week per cel op volgorde; minstens 2 cijfers. Een lege week telt niet mee maar houdt haar plaats.',
      },
      low: { name: 'laag', description: 'Ondergrens van de bandbreedte.' },
      high: { name: 'hoog', description: 'Bovengrens van de bandbreedte.' },
    },
  },
  BAND_ON: {
    name: 'BANDBREEDTE_OP',
    description:
      'De bandbreedte die op een datum geldt, als {laag, hoog}: de versie met de laatste ingangsdatum op of voor die datum. #N/B als de datum voor elke versie ligt.',
    parameters: {
      date: { name: 'datum', description: 'De datum die je opzoekt, bijvoorbeeld de eerste dag van een week.' },
      from_dates: {
        name: 'ingangsdatums',
        description:
          'De datum waarop elke versie van de bandbreedte ingaat, één rij per versie, in elke volgorde. Een lege rij is geen versie (zo houdt ALS(team="x"; datums; "") één team over).',
      },
      lows: { name: 'ondergrenzen', description: 'Ondergrens van elke versie, evenveel cellen als ingangsdatums.' },
      highs: { name: 'bovengrenzen', description: 'Bovengrens van elke versie, evenveel cellen als ingangsdatums.' },
    },
  },
  FTE_ON: {
    name: 'BEZETTING_OP',
    description:
      'De bezetting op een datum: de som van de fte van de rijen die op die dag gelden. Met verminderingen de inzetbare bezetting: de som van fte × (1 − vermindering).',
    parameters: {
      date: { name: 'datum', description: 'De datum die je telt, bijvoorbeeld de eerste dag van een week.' },
      fte: { name: 'fte', description: 'Fte per medewerker of rij (bereik); een lege rij telt als 0.' },
      from_dates: {
        name: 'ingangsdatums',
        description: 'Eerste dag waarop elke rij geldt, evenveel cellen als fte; leeg: altijd al.',
      },
      to_dates: {
        name: 'einddatums',
        description: 'Laatste dag waarop elke rij geldt, evenveel cellen als fte; leeg of weggelaten: geen einde.',
      },
      reductions: {
        name: 'verminderingen',
        description:
          'Vermindering per rij als fractie (inwerken, verlof), evenveel cellen als fte. Weggelaten: de bezetting; gegeven: de inzetbare bezetting.',
      },
    },
  },
  ALLOCATE_FTE: {
    name: 'FTE_VERDELEN',
    description:
      'Fte naar verhouding van wat nodig is verdelen: totaal fte × benodigd / som van benodigd, één rij per team (een kolom die overloopt).',
    parameters: {
      needs: {
        name: 'benodigd',
        description: 'Wat elk team nodig heeft (benodigde fte, uren of casussen), een bereik; een lege cel krijgt 0.',
      },
      total_fte: { name: 'totaal_fte', description: 'De fte die je verdeelt, bijvoorbeeld de formatie.' },
    },
  },
  COST_PER_FTE: {
    name: 'KOSTEN_PER_FTE',
    description:
      'Wat één voltijds fte per jaar kost: salaris × (1 + IKB) × (1 + werkgeverslasten) + overige kosten per fte.',
    parameters: {
      salary: { name: 'salaris', description: 'Bruto jaarsalaris van één voltijds fte in euro.' },
      employer_share: {
        name: 'werkgeverslasten',
        description: 'Werkgeverslasten als fractie van het salaris, 30% = 0,3.',
      },
      other_per_fte: {
        name: 'overige_kosten_per_fte',
        description: 'Overige kosten per fte per jaar in euro (werkplek, scholing, reizen). Standaard 0.',
      },
      ikb_share: {
        name: 'ikb',
        description:
          'Individueel keuzebudget (vakantietoelage, eindejaarsuitkering) als fractie van het salaris, 17,05% = 0,1705. Standaard 0: het salaris bevat het IKB al.',
      },
    },
  },
  PRODUCT_COST: {
    name: 'KOSTPRIJS_PRODUCT',
    description:
      'Kostprijs per product (één soort casus): uren per casus × integraal uurtarief. Een kolom uren geeft een kolom kostprijzen. Het gemiddelde over alle casussen: KOSTPRIJS_PER_CASUS.',
    parameters: {
      hours_per_case: {
        name: 'uren_per_casus',
        description: 'Uren per casus: een getal of een bereik (een lege cel telt als 0 uur).',
      },
      hourly_rate: { name: 'uurtarief', description: 'Kosten van één uur in euro (zie UURTARIEF).' },
    },
  },
  TARIFF_COVERAGE: {
    name: 'TARIEFDEKKING',
    description:
      'Hoe ver elk tarief de kostprijs dekt: tarief / kostprijs, één rij per product. Bij 1 dekt het precies; onder 1 is het tarief te laag.',
    parameters: {
      tariffs: { name: 'tarieven', description: 'Tarief per product in euro, een bereik.' },
      costs: {
        name: 'kostprijzen',
        description: 'Kostprijs per product in euro (zie KOSTPRIJS_PRODUCT), evenveel cellen als tarieven.',
      },
    },
  },
};

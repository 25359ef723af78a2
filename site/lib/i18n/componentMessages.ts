// Interface text of the components every page is made of (crisis line, header, footer, form,
// review line, breadcrumbs...), per language. The English entry defines the keys; `satisfies`
// makes the compiler hold every other language to them. Phrases that hold a number or a name are
// functions, so each language puts the words in its own order. Spanish addresses the visitor as usted.
import type {Language} from '../../../schemas/lib/languages'
import {REVIEW_LABELS, UNKNOWN_REVIEW_LABEL, type ReviewKind} from '../../../schemas/lib/reviewLabel'
import {CRISIS_DEFAULTS} from '../../../schemas/lib/crisisLine'

const en = {
  crisis: {
    /** The crisis line's heading in languages whose line is not edited in the settings (English: the settings' default). */
    heading: CRISIS_DEFAULTS.heading as string,
    /** The crisis bar's landmark name. */
    label: 'Crisis support',
    /** Link text, lower case: components capitalize it at the start of a line. */
    call: (number: string, option?: string) => (option ? `call ${number} and press ${option}` : `call ${number}`),
    text: (number: string, keyword?: string) => (keyword ? `text ${keyword} to ${number}` : `text ${number}`),
    chat: (host: string) => `chat at ${host}`,
    chatOnline: 'chat online',
    inAnEmergency: 'In an emergency,',
    or: 'or',
    /** After "call or text" in the crisis help block. */
    dayOrNight: 'day or night',
    anyTime: 'any time',
    /** The crisis bar's short form, when one number takes calls and texts with nothing to press or type. */
    callOrText: {call: 'Call', or: 'or', text: 'text', beforeNumber: ''},
  },
  externalSite: '(external site)',
  header: {
    /** Before the clinic's phone number on the call button. */
    call: 'Call',
    menu: 'Menu',
    navigation: 'Main',
  },
  footer: {
    accredited: 'Accredited and licensed',
    /** "Verify <name> with <issuer>": the two names are the accreditation's own, in English. */
    verify: {before: 'Verify', between: 'with'},
    seeAllAccreditations: (count: number) => `See all ${count} accreditations and licenses`,
    visitOrCall: 'Visit or call',
    callPhone: (phone: string) => `Call ${phone}`,
    hours: 'Opening hours',
    notAnEmergencyService: 'We are not an emergency service.',
    insurance: 'Insurance',
    onThisSite: 'On this site',
    privacy: 'Privacy notice',
    languageAssistance: 'Help in your language',
    copyright: (year: number, clinicName: string) => `© ${year} ${clinicName}`,
  },
  sampleNotice: {
    label: 'About this website',
    title: 'Sample website.',
    text: (clinicName: string, crisisNumber: string, emergencyNumber: string) =>
      `${clinicName} is a fictional clinic. Its staff, phone numbers, insurance plans and badges are examples. ` +
      `The crisis lines ${crisisNumber} and ${emergencyNumber} are real.`,
  },
  inquiry: {
    heading: 'Ask us to call you back',
    about:
      'This form asks only for what we need to get back to you: a name, a phone number or email address, and a good time to reach you. The message is optional.',
    privacyLink: 'How we handle these details',
    name: 'Your name',
    nameHint: 'A first name is fine.',
    contact: 'Phone or email — whichever you prefer',
    contactHint: 'Fill in at least one, so we can reach you. Both is fine too.',
    phone: 'Phone',
    phoneHint: 'Digits, spaces, brackets and dashes, such as (312) 555-0100.',
    email: 'Email',
    time: 'Best time to reach you',
    message: 'Anything you would like us to know (optional)',
    messageHint: (maxLength: number) =>
      `Please don't include medical details here — we'll talk about them by phone. Up to ${maxLength} characters.`,
    honeypot: 'Company website (leave this empty)',
    submit: 'Send my request',
    sooner: 'Need to talk sooner? Call',
    inCrisis: 'If you are in crisis, do not wait for a call back: see',
    crisisLink: 'where to get help right now',
  },
  review: {
    /** The review's name, by the kind of review the reviewer's credential qualifies for (schemas/lib/reviewLabel.ts). */
    labels: REVIEW_LABELS satisfies Record<ReviewKind, string>,
    /** When the credential is not recorded, so the page never claims more than it can. */
    unknownLabel: UNKNOWN_REVIEW_LABEL,
    by: 'by',
    on: 'on',
  },
  breadcrumbs: {label: 'Breadcrumb'},
  faqList: {heading: 'Common questions'},
  /** The name of a callout without a title, for screen readers. */
  richText: {note: 'Note'},
  levelsOfCare: {
    caption: (thisProgram: string) =>
      `Levels of care from the least to the most intensive. The row marked “${thisProgram}” is the one this page describes.`,
    level: 'Level of care',
    time: 'Time in treatment',
    setting: 'Where you stay',
    suitedFor: 'Often suits',
    thisProgram: 'This program',
  },
  phoneCta: {
    heading: 'Talk it through with us',
    text: 'Not sure whether the program is right for you, or what to ask? Call our intake team. We listen, answer your questions and help you work out a next step. Calling does not commit you to anything.',
    call: 'Call',
    preferNotToCall: 'Prefer not to call right now?',
    askCallBack: 'Ask us to call you back',
    orEmail: 'or email',
  },
  teaser: {readMore: 'Read more'},
}

export type ComponentMessages = typeof en

export const componentMessages = {
  en,
  es: {
    crisis: {
      heading: '¿Está en crisis o piensa en el suicidio?',
      label: 'Ayuda en una crisis',
      // Optional parameters spelled out: Messages is the union of every language's catalog.
      call: (number: string, option?: string) => (option ? `llame al ${number} y marque ${option}` : `llame al ${number}`),
      text: (number: string, keyword?: string) =>
        keyword ? `envíe ${keyword} al ${number}` : `envíe un mensaje de texto al ${number}`,
      chat: (host) => `use el chat en ${host}`,
      chatOnline: 'use el chat en línea',
      inAnEmergency: 'En una emergencia,',
      or: 'o',
      dayOrNight: 'de día o de noche',
      anyTime: 'a cualquier hora',
      callOrText: {call: 'Llame', or: 'o', text: 'envíe un mensaje de texto', beforeNumber: 'al'},
    },
    externalSite: '(sitio externo)',
    header: {
      call: 'Llame al',
      menu: 'Menú',
      navigation: 'Principal',
    },
    footer: {
      accredited: 'Acreditaciones y licencias',
      verify: {before: 'Verifique', between: 'con'},
      seeAllAccreditations: (count) => `Vea las ${count} acreditaciones y licencias`,
      visitOrCall: 'Visítenos o llámenos',
      callPhone: (phone) => `Llame al ${phone}`,
      hours: 'Horario de atención',
      notAnEmergencyService: 'No somos un servicio de emergencias.',
      insurance: 'Seguro médico',
      onThisSite: 'En este sitio',
      privacy: 'Aviso de privacidad',
      languageAssistance: 'Ayuda en su idioma',
      copyright: (year, clinicName) => `© ${year} ${clinicName}`,
    },
    sampleNotice: {
      label: 'Sobre este sitio web',
      title: 'Sitio web de muestra.',
      text: (clinicName, crisisNumber, emergencyNumber) =>
        `${clinicName} es una clínica ficticia. Su personal, sus teléfonos, sus planes de seguro y sus sellos son ejemplos. ` +
        `Las líneas de crisis ${crisisNumber} y ${emergencyNumber} son reales.`,
    },
    inquiry: {
      heading: 'Pídanos que le llamemos',
      about:
        'Este formulario solo pide lo que necesitamos para comunicarnos con usted: un nombre, un teléfono o un correo electrónico, y un buen momento para llamarle. El mensaje es opcional.',
      privacyLink: 'Cómo cuidamos estos datos',
      name: 'Su nombre',
      nameHint: 'Basta con su nombre de pila.',
      contact: 'Teléfono o correo electrónico, lo que prefiera',
      contactHint: 'Escriba al menos uno para que podamos comunicarnos con usted. También puede dar los dos.',
      phone: 'Teléfono',
      phoneHint: 'Números, espacios, paréntesis y guiones, por ejemplo (312) 555-0100.',
      email: 'Correo electrónico',
      time: 'Mejor momento para llamarle',
      message: 'Algo que quiera contarnos (opcional)',
      messageHint: (maxLength) =>
        `Por favor, no escriba aquí datos médicos: hablaremos de eso por teléfono. Hasta ${maxLength} caracteres.`,
      honeypot: 'Sitio web de la empresa (déjelo en blanco)',
      submit: 'Enviar mi solicitud',
      sooner: '¿Necesita hablar antes? Llame al',
      inCrisis: 'Si está en crisis, no espere nuestra llamada: vea',
      crisisLink: 'dónde recibir ayuda ahora mismo',
    },
    review: {
      labels: {medical: 'Revisión médica', clinical: 'Revisión clínica'},
      unknownLabel: 'Revisión',
      by: 'a cargo de',
      on: 'el',
    },
    breadcrumbs: {label: 'Ruta de navegación'},
    faqList: {heading: 'Preguntas frecuentes'},
    richText: {note: 'Nota'},
    levelsOfCare: {
      caption: (thisProgram) =>
        `Niveles de atención, del menos al más intensivo. La fila marcada con “${thisProgram}” es la que describe esta página.`,
      level: 'Nivel de atención',
      time: 'Tiempo de tratamiento',
      setting: 'Dónde se queda',
      suitedFor: 'Suele servir para',
      thisProgram: 'Este programa',
    },
    phoneCta: {
      heading: 'Hable con nosotros',
      text: '¿No sabe si el programa es para usted, o qué preguntar? Llame a nuestro equipo de admisión. Le escuchamos, respondemos sus preguntas y le ayudamos a decidir el siguiente paso. Llamar no le compromete a nada.',
      call: 'Llame al',
      preferNotToCall: '¿Prefiere no llamar ahora?',
      askCallBack: 'Pídanos que le llamemos',
      orEmail: 'o escríbanos a',
    },
    teaser: {readMore: 'Leer más'},
  },
} satisfies Record<Language, ComponentMessages>

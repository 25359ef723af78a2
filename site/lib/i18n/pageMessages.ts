// Interface text of the pages themselves (section names and introductions, the 404 page, the
// get-help page's own words, the language switch), per language. The English entry defines the
// keys; `satisfies` makes the compiler hold every other language to them. English section names
// come from the table of sections, which the Studio reads too.
import type {Language} from '../../../schemas/lib/languages'
import {SECTIONS, sectionEyebrow, sectionName, type SectionKey} from '../../../schemas/lib/sections'

interface SectionWords {
  /** The section's heading: its index page's title. */
  title: string
  /** Breadcrumbs and short links. */
  shortName: string
  /** The label above a document's title on its page. */
  eyebrow: string
}

const englishSection = (key: SectionKey): SectionWords => ({
  title: SECTIONS[key].title,
  shortName: sectionName(key),
  eyebrow: sectionEyebrow(key),
})

const en = {
  /** The locale for Intl and for `inLanguage` in structured data. */
  locale: 'en-US',
  languageSwitch: {
    /** This language's name, written in it: the switch's link text on pages in other languages. */
    label: 'English',
  },
  missingTranslation: {
    /** The home page's note when the switch found no translation of the page the visitor was on. */
    anchor: 'no-translation',
    note: 'The page you were reading is not available in English yet. This is our English home page.',
  },
  home: 'Home',
  layout: {
    skipLink: 'Skip to main content',
    previewBanner: 'Preview: you are seeing unpublished changes',
    draftProblems: 'Some drafts cannot be shown until these problems are fixed, so their published version is shown:',
  },
  sections: {
    programs: englishSection('programs'),
    conditions: englishSection('conditions'),
    therapies: englishSection('therapies'),
    accreditations: englishSection('accreditations'),
    'get-help': englishSection('get-help'),
  } satisfies Record<SectionKey, SectionWords>,
  sectionSummaries: {
    programs:
      'Structured care for adults who need more support than a weekly therapy session, while they keep living at home. Every program starts with an assessment, so you and a clinician can decide together what fits.',
    conditions:
      'Our intensive outpatient program helps adults living with the conditions below. Each page describes common signs and how treatment can help. If what you are going through is not listed, call us anyway: we can talk it through and help you find the right care.',
    therapies:
      'The program combines therapies with a strong research base. Each one teaches practical skills you practice during the week, with support from your care team. Your plan is made with you, so the mix depends on what you need.',
  },
  contactAside: 'Contact',
  homePage: {
    highlights: 'What the program offers',
    program: 'Our program',
    allOf: (sectionShortName: string) => `All ${sectionShortName.toLowerCase()}`,
  },
  condition: {
    related: 'Therapies that can help',
    signs: 'Common signs',
    signsNote:
      'Everyone’s experience is different, and only a clinician can make a diagnosis. If some of these sound familiar and they are getting in the way of your life, it is worth talking to someone.',
  },
  program: {
    related: 'Therapies used in the program',
    timeInProgram: 'Time in the program',
    hoursPerWeek: (hours: string) => `${hours} hours a week`,
    howLong: 'How long',
    whereYouStay: 'Where you stay',
    fitHeading: 'Is this program a good fit?',
    fitIntro: 'The program may suit adults who:',
    fitNote: 'You do not have to work this out alone. The assessment is there to help you and a clinician decide together.',
    weekHeading: 'A week in the program',
    weekIntro: (hours: string) => `Most people spend ${hours} hours a week with us. A typical week includes:`,
    benefitsHeading: 'What people value about it',
    levelsHeading: 'Levels of care, side by side',
  },
  therapy: {
    related: 'Conditions it can help with',
    skillsHeading: (shortName: string) => `The skills ${shortName} teaches`,
  },
  accreditations: {
    summary:
      'Independent organizations check our care against their standards, and the state licenses us to provide treatment. You can confirm each one yourself on the issuing organization’s website.',
    kinds: {accreditation: 'Accreditation', certification: 'Certification', license: 'License', membership: 'Membership'},
    validUntil: 'Valid until',
    since: 'Since',
    /** Followed by the issuer's name. */
    verifyWith: 'Verify with',
    noneBeforePhone: 'Our list of accreditations is being updated. Please call us at',
    /** Follows the phone number directly: starts with its own space where the language needs one. */
    noneAfterPhone: ' if you would like details.',
  },
  getHelp: {
    summary: 'How to reach us, what happens after you get in touch, and where to turn right away if you are in crisis.',
    callHeading: 'Talk to our intake team',
    call: 'Call',
    orEmail: 'Or email',
    emailNote: 'Please keep medical details out of email; we will talk about them by phone.',
    emailWithDetails: 'with your name, a phone number and a good time to call.',
    askCallBack: 'Ask us to call you back',
    atATimeThatSuits: 'at a time that suits you.',
    crisisHeading: 'Help right now, day or night',
    crisisText:
      'We are not an emergency service. If you are thinking about suicide, or worried that you or someone else is not safe, please reach out now. Someone is ready to listen, day and night.',
    nextSteps: 'Your next steps, one at a time',
    insuranceHeading: 'Insurance and costs',
    plansHeading: 'Plans we work with',
    notOnList: 'Not on the list? Call us anyway.',
    formRegion: 'Call-back request',
  },
  thankYou: {
    name: 'Request sent',
    description: 'We have your request for a call back. Here is what happens next, and where to get help in the meantime.',
    title: 'Thank you. We have your request',
    summary: (responseTime: string) => `Reaching out takes courage, and you have done it. ${responseTime}`,
    nextSteps: 'What happens next',
    talkNowHeading: 'Would you rather talk now?',
    talkNowText: 'You do not have to wait for our call. Our intake team answers during these hours.',
    crisisHeading: 'If things get harder while you wait',
    crisisText: 'Please do not wait for our call. Free, confidential help is there right now.',
  },
  notSent: {
    name: 'Request not sent',
    description: 'Your request did not reach us. Please call us instead, or use the crisis line if you need help right now.',
    title: 'Your request was not sent',
    summary: 'Something went wrong and your details did not reach us. We are sorry. We still want to hear from you.',
    crisisHeading: 'If you need help right now',
    crisisText: 'Please do not wait. Free, confidential help is there day and night.',
    callHeading: 'Call us instead',
    callText: 'Our intake team can take your details on the phone. Calling does not commit you to anything.',
    youCanEmail: 'You can also email',
    emailDetails: 'with your first name, a phone number and a good time to call. Please keep medical details out of email.',
    tryAgainBefore: 'Or',
    tryAgain: 'try the form again',
    tryAgainAfter: '. If it fails again, please call.',
  },
  notFound: {
    metaTitle: 'Page not found',
    description: 'The page you were looking for is not here. Find our program, the conditions we treat, or how to reach us.',
    title: 'We can’t find that page',
    summary: 'The link may be old, or the address may have a typo. Here are some places to go instead.',
    homeLink: 'Go to the home page',
    getHelpLink: 'Get help and contact us',
    callUs: 'You can also call us at',
    crisisNote: 'If you are in crisis, the numbers at the top of this page are there for you right now.',
  },
}

export type PageMessages = typeof en

export const pageMessages = {
  en,
  es: {
    locale: 'es-US',
    languageSwitch: {label: 'Español'},
    missingTranslation: {
      anchor: 'sin-traduccion',
      note: 'La página que estaba leyendo todavía no está en español. Esta es nuestra página principal en español.',
    },
    home: 'Inicio',
    layout: {
      skipLink: 'Ir al contenido principal',
      previewBanner: 'Vista previa: está viendo cambios sin publicar',
      draftProblems:
        'Algunos borradores no se pueden mostrar hasta que se corrijan estos problemas; se muestra su versión publicada:',
    },
    sections: {
      programs: {title: 'Nuestros programas', shortName: 'Programas', eyebrow: 'Programa'},
      conditions: {title: 'Condiciones que tratamos', shortName: 'Condiciones', eyebrow: 'Condiciones que tratamos'},
      therapies: {title: 'Terapias que usamos', shortName: 'Terapias', eyebrow: 'Terapias que usamos'},
      accreditations: {title: 'Acreditaciones y licencias', shortName: 'Acreditaciones', eyebrow: 'Acreditaciones y licencias'},
      'get-help': {title: 'Pida ayuda', shortName: 'Pida ayuda', eyebrow: 'Pida ayuda'},
    },
    sectionSummaries: {
      programs:
        'Atención organizada para adultos que necesitan más apoyo que una sesión de terapia por semana, sin dejar de vivir en casa. Cada programa empieza con una evaluación. Así usted y un profesional deciden juntos qué le conviene.',
      conditions:
        'Nuestro programa ambulatorio intensivo ayuda a adultos que viven con las condiciones de esta lista. Cada página cuenta las señales más comunes y cómo ayuda el tratamiento. Si lo que le pasa no está en la lista, llámenos igual. Podemos hablarlo y ayudarle a encontrar la atención adecuada.',
      therapies:
        'El programa combina terapias con buena base en la investigación. Cada una enseña habilidades prácticas que usted usa durante la semana, con el apoyo de su equipo. Su plan se hace con usted, según lo que necesite.',
    },
    contactAside: 'Contacto',
    homePage: {
      highlights: 'Lo que ofrece el programa',
      program: 'Nuestro programa',
      allOf: (sectionShortName: string) => `Ver todas las ${sectionShortName.toLowerCase()}`,
    },
    condition: {
      related: 'Terapias que pueden ayudar',
      signs: 'Señales comunes',
      signsNote:
        'Cada persona lo vive de forma distinta, y solo un profesional puede hacer un diagnóstico. Si algunas de estas señales le resultan conocidas y le afectan en su vida diaria, vale la pena hablar con alguien.',
    },
    program: {
      related: 'Terapias que usa el programa',
      timeInProgram: 'Tiempo en el programa',
      hoursPerWeek: (hours: string) => `${hours} horas por semana`,
      howLong: 'Duración',
      whereYouStay: 'Dónde se queda',
      fitHeading: '¿Es este programa para usted?',
      fitIntro: 'El programa puede servir a adultos que:',
      fitNote: 'No tiene que decidirlo solo. La evaluación sirve para que usted y un profesional lo decidan juntos.',
      weekHeading: 'Una semana en el programa',
      weekIntro: (hours: string) =>
        `La mayoría de las personas pasa ${hours} horas por semana con nosotros. Una semana típica incluye:`,
      benefitsHeading: 'Lo que más valoran las personas',
      levelsHeading: 'Niveles de atención, uno al lado del otro',
    },
    therapy: {
      related: 'Condiciones en las que puede ayudar',
      skillsHeading: (shortName: string) => `Las habilidades que enseña la ${shortName}`,
    },
    accreditations: {
      summary:
        'Organizaciones independientes revisan nuestra atención según sus normas, y el estado nos da licencia para ofrecer tratamiento. Usted puede confirmar cada una en el sitio web de la organización que la otorga.',
      kinds: {accreditation: 'Acreditación', certification: 'Certificación', license: 'Licencia', membership: 'Membresía'},
      validUntil: 'Válida hasta el',
      since: 'Desde el',
      verifyWith: 'Confirmar con',
      noneBeforePhone: 'Estamos poniendo al día nuestra lista de acreditaciones. Si quiere más detalles, llámenos al',
      noneAfterPhone: '.',
    },
    getHelp: {
      summary: 'Cómo comunicarse con nosotros, qué pasa después y adónde acudir ahora mismo si está en crisis.',
      callHeading: 'Hable con nuestro equipo de admisión',
      call: 'Llame al',
      orEmail: 'O escriba a',
      emailNote: 'Por favor, no incluya detalles médicos en el correo; hablaremos de eso por teléfono.',
      emailWithDetails: 'con su nombre, un número de teléfono y una buena hora para llamarle.',
      askCallBack: 'Pídanos que le llamemos',
      atATimeThatSuits: 'a la hora que le convenga.',
      crisisHeading: 'Ayuda ahora mismo, de día o de noche',
      crisisText:
        'No somos un servicio de emergencias. Si piensa en el suicidio, o le preocupa que usted u otra persona no esté a salvo, busque ayuda ahora. Hay alguien listo para escucharle, de día y de noche.',
      nextSteps: 'Sus próximos pasos, uno a la vez',
      insuranceHeading: 'Seguro médico y costos',
      plansHeading: 'Planes con los que trabajamos',
      notOnList: '¿Su plan no está en la lista? Llámenos igual.',
      formRegion: 'Pida que le llamemos',
    },
    thankYou: {
      name: 'Solicitud enviada',
      description: 'Recibimos su pedido de que le llamemos. Aquí verá qué pasa ahora y dónde buscar ayuda mientras tanto.',
      title: 'Gracias. Recibimos su solicitud',
      summary: (responseTime: string) => `Pedir ayuda requiere valor, y usted lo hizo. ${responseTime}`,
      nextSteps: 'Qué pasa ahora',
      talkNowHeading: '¿Prefiere hablar ahora?',
      talkNowText: 'No tiene que esperar nuestra llamada. Nuestro equipo de admisión contesta en este horario.',
      crisisHeading: 'Si las cosas se ponen más difíciles mientras espera',
      crisisText: 'No espere nuestra llamada. Hay ayuda gratis y confidencial ahora mismo.',
    },
    notSent: {
      name: 'Solicitud no enviada',
      description: 'Su solicitud no nos llegó. Por favor, llámenos, o use la línea de crisis si necesita ayuda ahora mismo.',
      title: 'Su solicitud no se envió',
      summary: 'Algo salió mal y sus datos no nos llegaron. Lo sentimos. Queremos saber de usted.',
      crisisHeading: 'Si necesita ayuda ahora mismo',
      crisisText: 'No espere. Hay ayuda gratis y confidencial de día y de noche.',
      callHeading: 'Llámenos',
      callText: 'Nuestro equipo de admisión puede tomar sus datos por teléfono. Llamar no le compromete a nada.',
      youCanEmail: 'También puede escribir a',
      emailDetails:
        'con su nombre, un número de teléfono y una buena hora para llamarle. Por favor, no incluya detalles médicos en el correo.',
      tryAgainBefore: 'O',
      tryAgain: 'intente enviar el formulario otra vez',
      tryAgainAfter: '. Si vuelve a fallar, por favor llámenos.',
    },
    notFound: {
      metaTitle: 'Página no encontrada',
      description:
        'La página que buscaba no está aquí. Encuentre nuestro programa, las condiciones que tratamos o cómo comunicarse con nosotros.',
      title: 'No encontramos esa página',
      summary: 'Puede que el enlace sea viejo o que la dirección tenga un error. Estos lugares pueden servirle.',
      homeLink: 'Ir a la página principal',
      getHelpLink: 'Pedir ayuda y comunicarse con nosotros',
      callUs: 'También puede llamarnos al',
      crisisNote: 'Si está en crisis, los números al principio de esta página están para usted ahora mismo.',
    },
  },
} satisfies Record<Language, PageMessages>

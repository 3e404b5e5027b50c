/** User-facing text of each error code the server sends, German first. */
export const errorTexts = {
  'token-missing': {
    de: 'Für diese Aktion fehlt der Zugangslink (Token).',
    en: 'This action needs an access link (token).',
  },
  'token-invalid': {
    de: 'Der Zugangslink ist ungültig.',
    en: 'The access link is not valid.',
  },
  'token-expired': {
    de: 'Der Zugangslink ist abgelaufen.',
    en: 'The access link has expired.',
  },
  'token-revoked': {
    de: 'Der Zugangslink wurde widerrufen.',
    en: 'The access link has been revoked.',
  },
  'role-forbidden': {
    de: 'Mit der Rolle dieses Zugangslinks ist diese Aktion nicht erlaubt.',
    en: 'The role of this access link does not allow this action.',
  },
  'invalid-body': {
    de: 'Die Anfrage enthält ungültige Daten.',
    en: 'The request contains invalid data.',
  },
  'invalid-query': {
    de: 'Die Adresse enthält einen ungültigen Parameter.',
    en: 'The address contains an invalid parameter.',
  },
  'invalid-json': {
    de: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    en: 'The request body is not valid JSON.',
  },
  'unsupported-media-type': {
    de: 'Bitte JSON senden (Content-Type: application/json).',
    en: 'Please send JSON (Content-Type: application/json).',
  },
  'body-too-large': {
    de: 'Die Anfrage ist zu groß.',
    en: 'The request is too large.',
  },
  'unknown-template': {
    de: 'Diese Vorlage gibt es nicht.',
    en: 'There is no such template.',
  },
  'not-found': {
    de: 'Nicht gefunden.',
    en: 'Not found.',
  },
  'unknown-phase': {
    de: 'Diese Phase gibt es in der Vorlage des Konzepts nicht.',
    en: 'The concept’s template has no such phase.',
  },
  'version-not-found': {
    de: 'Diese Fassung gibt es nicht.',
    en: 'There is no such version.',
  },
  'snapshot-missing': {
    de: 'Für diese Fassung ist auf diesem Server kein eingefrorener Stand gespeichert (etwa nach einem Import ohne Sicherung der Fassungen).',
    en: 'This server holds no frozen snapshot of this version (e.g. after an import without a backup of the versions).',
  },
  'unknown-version': {
    de: 'Die Sicherung enthält einen eingefrorenen Stand zu einer Fassung, die es im Konzept nicht gibt.',
    en: 'The backup holds a frozen snapshot of a version the concept does not list.',
  },
  'link-not-found': {
    de: 'Diesen Zugangslink gibt es nicht oder er wurde schon widerrufen.',
    en: 'There is no such access link, or it has already been revoked.',
  },
  'last-owner-link': {
    de: 'Der letzte gültige Eigentümer*innen-Link kann nicht widerrufen werden.',
    en: 'The last valid owner link cannot be revoked.',
  },
  'concept-too-large': {
    de: 'Das Konzept hat die maximale Größe erreicht.',
    en: 'The concept has reached its maximum size.',
  },
  'rate-limited': {
    de: 'Von dieser Adresse wurden in kurzer Zeit zu viele Konzepte angelegt. Bitte später erneut versuchen.',
    en: 'Too many concepts were created from this address in a short time. Please try again later.',
  },
  'workshop-not-found': {
    de: 'Dieses Beteiligungsformat gibt es nicht (mehr).',
    en: 'This workshop does not exist (any more).',
  },
  'proposal-not-found': {
    de: 'Diesen Beitrag gibt es nicht (mehr).',
    en: 'This proposal does not exist (any more).',
  },
  'workshop-forbidden': {
    de: 'Dieser Zugangslink gilt für ein anderes Beteiligungsformat.',
    en: 'This access link belongs to another workshop.',
  },
  'workshop-link-required': {
    de: 'Beiträge und Punkte kommen über den Link für Teilnehmende. Moderator*innen bearbeiten das Beteiligungsformat im Arbeitsbereich.',
    en: 'Proposals and dots come through the participants’ link. Moderators change the workshop in the workspace.',
  },
  'workshop-id-required': {
    de: 'Ein Link für Teilnehmende gehört zu genau einem Beteiligungsformat: Bitte workshopId angeben.',
    en: 'A participants’ link belongs to exactly one workshop: please give workshopId.',
  },
  'workshop-id-not-allowed': {
    de: 'Nur Links mit der Rolle „workshop“ gehören zu einem Beteiligungsformat.',
    en: 'Only links with the role “workshop” belong to a workshop.',
  },
  'participant-missing': {
    de: 'Die Teilnahme-ID fehlt (Header X-Participant). Bitte die Seite neu laden.',
    en: 'The participant id is missing (header X-Participant). Please reload the page.',
  },
  'participant-invalid': {
    de: 'Die Teilnahme-ID ist ungültig (8–64 Zeichen aus A–Z, a–z, 0–9, _ und -).',
    en: 'The participant id is invalid (8–64 characters of A–Z, a–z, 0–9, _ and -).',
  },
  'workshop-full': {
    de: 'Dieses Beteiligungsformat ist voll: Es nehmen schon so viele Personen teil, wie vorgesehen sind. Bitte wenden Sie sich an die Moderation.',
    en: 'This workshop is full: as many people as planned are taking part already. Please contact the moderators.',
  },
  'proposals-rate-limited': {
    de: 'Sie haben in kurzer Zeit viele Beiträge gesendet. Bitte warten Sie einen Moment und senden Sie dann erneut.',
    en: 'You sent many proposals in a short time. Please wait a moment, then send again.',
  },
  'link-rate-limited': {
    de: 'Gerade kommen sehr viele Beiträge auf einmal an. Bitte senden Sie in einem Moment erneut.',
    en: 'Very many proposals are arriving at once. Please send again in a moment.',
  },
  'work-queue-full': {
    de: 'Der Server liest gerade viele Dateien ein oder erstellt viele Word-Dokumente. Bitte versuchen Sie es in einer Minute erneut.',
    en: 'The server is busy reading in files or making Word documents. Please try again in a minute.',
  },
  'import-too-expensive': {
    de: 'Diese Datei braucht zum Einlesen mehr Zeit oder Speicher, als der Server dafür vorsieht. Ein Handlungskonzept liegt weit darunter – bitte prüfen Sie, ob es die richtige Datei ist.',
    en: 'Reading in this file needs more time or memory than the server allows. An action concept needs far less – please check that it is the right file.',
  },
  'export-too-expensive': {
    de: 'Das Word-Dokument ließ sich nicht in der vorgesehenen Zeit und mit dem vorgesehenen Speicher erstellen. Bitte versuchen Sie es später erneut oder wählen Sie weniger Teile.',
    en: 'The Word document could not be made within the time and memory the server allows. Please try again later or choose fewer parts.',
  },
  'exports-rate-limited': {
    de: 'Über diesen Zugangslink wurden in kurzer Zeit sehr viele Word-Dokumente erstellt. Bitte warten Sie einen Moment.',
    en: 'Very many Word documents were made through this access link in a short time. Please wait a moment.',
  },
  'state-rate-limited': {
    de: 'Über diesen Zugangslink wurde das Konzept in kurzer Zeit sehr oft geladen. Bitte warten Sie einen Moment.',
    en: 'The concept was loaded very often through this access link in a short time. Please wait a moment.',
  },
  'writes-rate-limited': {
    de: 'Sie haben in kurzer Zeit sehr viele Änderungen gesendet. Bitte warten Sie einen Moment.',
    en: 'You sent very many changes in a short time. Please wait a moment.',
  },
  'workshop-not-collecting': {
    de: 'Es werden gerade keine Beiträge gesammelt.',
    en: 'Proposals are not being collected at the moment.',
  },
  'not-voting': {
    de: 'Die Punktabfrage ist gerade nicht geöffnet.',
    en: 'Dot voting is not open at the moment.',
  },
  'no-dots-left': {
    de: 'So viele Punkte haben Sie nicht. Nehmen Sie zuerst einen Punkt von einem anderen Beitrag.',
    en: 'You do not have that many dots. Take a dot off another proposal first.',
  },
  'no-stacking': {
    de: 'Pro Beitrag ist nur ein Punkt möglich.',
    en: 'Only one dot per proposal is possible.',
  },
  'proposal-not-votable': {
    de: 'Für diesen Beitrag kann nicht (mehr) abgestimmt werden.',
    en: 'This proposal cannot be voted on (any more).',
  },
  'proposal-settled': {
    de: 'Die Moderation hat diesen Beitrag schon bearbeitet; er lässt sich nicht mehr ändern.',
    en: 'The moderators have already dealt with this proposal; it can no longer be changed.',
  },
  'not-own-proposal': {
    de: 'Nur eigene Beiträge lassen sich ändern.',
    en: 'Only your own proposals can be changed.',
  },
  internal: {
    de: 'Interner Fehler. Bitte später erneut versuchen.',
    en: 'Internal error. Please try again later.',
  },
} as const;

export type ErrorCode = keyof typeof errorTexts;

// Words that bounce text uses in their own sense, so that a display name
// containing one ("Alice Private", "Mail Support") does not make the word
// masked everywhere, and a lowercase phrase built from them ("unknown
// user <bob@...>") is not read as a name. Lowercase, compared with
// lowercased words.

const FUNCTION_WORDS = `
a about above after again against all also am an and any are as at be because been before being below
between both but by can cannot could did do does doing done down during each either else even ever every
few for from further had has have having he her here hers him his how if in into is it its just me more
most must my no nor not now of off on once only or other our ours out over own per please same shall she
should so some such than that the their theirs them then there these they this those through to too under
until up upon us very via was we were what when where which while who whom whose why will with within
without would yes yet you your yours yourself yourselves
`;

// Words of delivery reports, SMTP and the headers they quote.
const MAIL_WORDS = `
access account accounts accepted action address addresses admin administrator alias alternative arc ascii
attached attachment attempt attempts auth authenticated automatic automatically available base64 bcc
billing blacklist blacklisted block blocked blocklist blocklisted body bounce bounced bounces boundary box
cc charset check client command connection contact content copy customer customers daemon data date deferred
delay delayed deliver delivered delivery denied department desk destination diagnostic dkim dmarc dns
domain domains dsn ehlo email emails encoding envelope error errors exceeded exchange expanded expired
fail failed failure fatal feedback field file filter final following follows forward forwarded found full
general group header headers helo help host hostname hosts html id info information inbox internet invalid ip
line lines list local lookup loop mail mailbox mailboxes mailer mailing main marketing member members message
messages mime mobile mx name network news newsletter noreply no-reply notice notification office
online order orders original over permanent personal phone plain policy postmaster printable private
problem protocol quit quota quoted rcpt reason received recipient recipients refused reject rejected relay
relaying remote removed report root reporting reputation request retry return returned route sales secure security
send sender sending sent server servers service session shop size smtp spam spf status store subject
submission support system systems team temporary text timeout tls transcript transfer transport type
undeliverable undelivered unknown unavailable unsent user users web webmaster website work
`;

// Providers and products that bounces name, and the days, months and time
// zones of their dates.
const NAMED_WORDS = `
amazon aol apple gmail google hotmail icloud live microsoft outlook proton protonmail yahoo yandex zoho
mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
september october november december utc gmt est edt cst cdt pst pdt cet cest jst
`;

// Greetings, honorifics and the particles of names ("van der"), which
// are not names themselves.
const NAME_WORDS = `
nobody dear hello hi hey thanks thank regards best cheers kind mr mrs ms miss dr prof sir madam herr frau mme mlle
van von der den de del della di da du le la bin ibn al el dos das do
`;

// Words that make a display name an organisation's or a function's
// ("Rackspace FBL Service", "Cron Daemon"), whose parts are not masked
// alone, so that "This is a Rackspace Abuse Report" stays readable.
const ORGANISATION_WORDS = `
abuse admin administrator alert alerts billing co company corp customer daemon delivery department desk
fbl feedback gmbh group help inc info ltd llc mail mailer marketing news newsletter noreply no-reply
notification notifications office postmaster report sales security service subsystem support system
systems team
`;

export const ORGANISATION_NAME_WORDS = new Set(ORGANISATION_WORDS.split(/\s+/).filter(Boolean));

export const COMMON_WORDS = new Set(
  [FUNCTION_WORDS, MAIL_WORDS, ORGANISATION_WORDS, NAMED_WORDS, NAME_WORDS].join(" ").split(/\s+/).filter(Boolean),
);

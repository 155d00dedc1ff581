//! Gmail's replies to a mail program that signs in to Google's outgoing
//! (submission) server, smtp.gmail.com. These come from the user's own
//! account, not from a recipient's server.

use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const APP_PASSWORDS: LinkRef = LinkRef {
    label: "Google: sign in with app passwords",
    url: "https://support.google.com/accounts/answer/185833",
};

/// "534-5.7.9 Application-specific password required. Learn more at
/// https://support.google.com/mail/?p=InvalidSecondFactor", as
/// smtp.gmail.com answers AUTH, and its "535 5.7.1" form. Google's page
/// "Sign in with app passwords" states an app password works only with
/// 2-Step Verification on, and that "Sign in with Google" is preferred.
pub(super) static APP_PASSWORD: Entry = Entry {
    id: "google/app-password",
    reason: Reason::SecurityError,
    what: "Gmail's outgoing server refused the sign-in of your mail \
           program, because the account has 2-Step Verification on and \
           the program gave the account's normal password.",
    why: "With 2-Step Verification, Google no longer accepts the account \
          password from a mail program or script that signs in over SMTP. \
          It needs an app password made for that program, or a sign-in \
          through Google (OAuth). The recipient's server never saw the \
          message.",
    steps: &[
        "In your Google Account, under Security, create an app password \
         for the mail program (2-Step Verification must stay on). A work \
         or school account may not offer app passwords: then ask its \
         Google Workspace administrator.",
        "In the program's outgoing server (SMTP) settings, replace the \
         account password with the 16-character app password. Or, where \
         the program offers it, switch its sign-in to OAuth (\"Sign in \
         with Google\").",
        "Send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[APP_PASSWORDS],
    source: APP_PASSWORDS.url,
    checked: "2026-12-06",
};

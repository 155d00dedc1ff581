//! Positive replies (2xx) and intermediate replies (3xx). In a bounce they
//! are context, never the failure itself.

use super::{BASE, RFC4954};
use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const SUCCESS: Entry = Entry {
    reason: Reason::Delivered,
    who: Actor::Nobody,
    steps: &[
        "Nothing to do for this reply.",
        "If the bounce reports a failure anyway, look for another reply code \
         (4xx or 5xx) in it; that one describes the problem.",
    ],
    ..BASE
};

pub static R211: Entry = Entry {
    id: "reply/211",
    what: "Reply 211 is a system status report, not an error.",
    why: "A server sends it in answer to a request for its status.",
    ..SUCCESS
};

pub static R214: Entry = Entry {
    id: "reply/214",
    what: "Reply 214 is help text from the server, not an error.",
    why: "A server sends it in answer to the HELP command.",
    ..SUCCESS
};

pub static R220: Entry = Entry {
    id: "reply/220",
    what: "Reply 220 is the receiving server's greeting: it was ready to \
           take mail.",
    why: "Every SMTP conversation starts with it, and STARTTLS uses it to \
          say encryption can begin.",
    ..SUCCESS
};

pub static R221: Entry = Entry {
    id: "reply/221",
    what: "Reply 221 means the receiving server closed the connection \
           normally.",
    why: "It is the polite goodbye at the end of a conversation.",
    ..SUCCESS
};

pub static R235: Entry = Entry {
    id: "reply/235",
    what: "Reply 235 means signing in to the server succeeded.",
    why: "It answers a successful AUTH command.",
    source: RFC4954,
    ..SUCCESS
};

pub static R250: Entry = Entry {
    id: "reply/250",
    what: "Reply 250 means the server accepted the command or the message.",
    why: "It is the normal success reply; in a delivery report it confirms \
          the message was handed over.",
    ..SUCCESS
};

pub static R251: Entry = Entry {
    id: "reply/251",
    what: "Reply 251 means the recipient is not local but the server will \
           forward the message.",
    why: "The server accepted the message and passes it on to the address \
          it knows for the recipient.",
    ..SUCCESS
};

pub static R252: Entry = Entry {
    id: "reply/252",
    what: "Reply 252 means the server cannot confirm the address but will \
           try to deliver.",
    why: "Many servers refuse to say which addresses exist, to stop address \
          harvesting.",
    ..SUCCESS
};

pub static R334: Entry = Entry {
    id: "reply/334",
    reason: Reason::Undefined,
    what: "Reply 334 is a step in signing in to the server, not an error.",
    why: "The server sends it to ask for the next part of the AUTH \
          exchange.",
    source: RFC4954,
    ..SUCCESS
};

pub static R354: Entry = Entry {
    id: "reply/354",
    reason: Reason::Undefined,
    what: "Reply 354 means the server was ready to receive the message \
           text; it is not an error.",
    why: "It answers the DATA command. If the bounce shows it, the failure \
          came after it, while or after the message was sent.",
    ..SUCCESS
};

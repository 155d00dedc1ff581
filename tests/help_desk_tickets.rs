//! A bounce quoted in a help-desk ticket (Freshdesk, Zendesk, Jira,
//! ServiceNow): the ticket's requester, agent, assignee and copied
//! colleagues are the help desk's participants, never the address the
//! bounce is about.

use crate::cards::only;
use bounce_explainer::Reason;

const MESSAGE: &str = "Jane Doe wrote:\nHi, I tried to email our client and got this back. \
    The address was correct, I checked twice!\nError: 550 5.1.1 User unknown\n";

#[test]
fn ticket_fields_not_recipients() {
    let headers = [
        "Ticket #1023 - Bounce when emailing client\nStatus: Open   Priority: Medium\n\
         Requester: Jane Doe (jane@example.com)\nAgent: support.agent@example.org\n",
        "Ticket #1023 - Bounce when emailing client\nRequester: Jane Doe (jane@example.com)\n",
        "Requester: Jane Doe (jane@example.com)\nAssignee: support.agent@example.org\n",
        "Reporter: jane@example.com\nAssigned to: support.agent@example.org\n",
        "Submitted by: Jane Doe <jane@example.com>\nCCs: ops@example.org, it@example.org\n",
        // ServiceNow's incident form.
        "INC0012345 - Email to client bounced\nCaller: Jane Doe (jane@example.com)\n\
         Opened by: Sam Agent (sam.agent@example.org)\nWatch list: ops@example.org\n",
        "Reported by: jane@example.com\nAssignment group: it-support@example.org\n",
        // Jira Service Management's request.
        "HELP-431 Bounce when emailing client\nReporter: Jane Doe\n\
         Request participants: Jane Doe (jane@example.com), Sam Agent (sam.agent@example.org)\n",
        "Customer: jane@example.com\nOwner: sam.agent@example.org\n",
        "Requester email: jane@example.com\nContact: Jane Doe <jane@example.com>\n",
    ];
    for header in headers {
        let text = format!("{header}\n{MESSAGE}");
        let card = only(&text);
        assert_eq!(card.recipient, None, "{text}\n{card:#?}");
        assert_eq!(card.reason, Reason::UserUnknown, "{text}");
    }
}

#[test]
fn private_note_copy_not_recipient() {
    let notes = [
        "Agent note (private): asked Jane for the full bounce. cc ops@example.org\n",
        "Private note: asked Jane for the full bounce, cc: ops@example.org\n",
        "Internal note: escalated to ops@example.org\n",
    ];
    for note in notes {
        let text = format!("{MESSAGE}\n{note}");
        let card = only(&text);
        assert_eq!(card.recipient, None, "{text}\n{card:#?}");
    }
}

#[test]
fn ticket_keeps_named_recipient() {
    // The customer names the address that bounced in the message itself.
    let text = "Ticket #1023 - Bounce when emailing client\n\
        Requester: Jane Doe (jane@example.com)\nAgent: support.agent@example.org\n\n\
        Jane Doe wrote:\nMy mail to bob@example.net came back with:\n\
        Error: 550 5.1.1 User unknown\n\n\
        Agent note (private): asked Jane for the full bounce. cc ops@example.org\n";
    let card = only(text);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{card:#?}");
    assert_eq!(card.reason, Reason::UserUnknown);
}

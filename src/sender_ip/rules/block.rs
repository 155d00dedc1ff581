//! Phrases that tie the address to a block, a poor reputation or a
//! listing: the address as the subject of the block (`ip is blocked`),
//! after the block (`Blocked IP ip`), or beside a sentence about the
//! sender's IP, reputation or listing (`[ip] Your IP is blocked`).

/// The block, reputation and listing statements, in order of trust.
pub(super) const RULES: &[(&str, &str)] = &[
    // Receivers that name the address as the subject of the block:
    // `192.0.2.1 is not allowed to send from <example.net> per its SPF
    // Record`, `[192.0.2.1]:25 is not permitted to relay`, `The mail
    // server [ip] has been temporarily rate limited`, `ip has sent to too
    // many recipients`, `ip blocked by ...`, `ip rejected, IPBL1000`,
    // GoDaddy `ip has a poor reputation on Cloudmark Sender Intelligence`,
    // Cisco `ip is on a reputation blacklist`, Exim `ip is in a black list`,
    // `ip is on our denylist`,
    // with the address in parentheses after what it names: `Your
    // server (ip) is blocked`, `The IP you are sending from (ip) has been
    // blocklisted`, and with the address before that clause: `The IP
    // address ip you are sending from is listed by Spamhaus ZEN`.
    (
        "<ip> is blocked or not allowed",
        r"(?i)[\[(]?{ip}(?:/\d{1,3})?[\])]?(?::\d+)?(?:\s+(?:that\s+|which\s+)?you(?:'re|’re|\s+are|\s+were)\s+(?:sending|connecting)\s+(?:from|with))?\s*,?\s+(?:is\s+|has\s+been\s+|was\s+|is\s+currently\s+)?(?:not\s+(?:allowed|permitted|authori[sz]ed)|blocked|black[ \-]?listed|block[ \-]?listed|deny[ \-]?listed|denied|listed|rejected|banned|refused|has\s+sent|throttled|(?:temporarily\s+)?rate[ \-]limited|found\s+(?:in|on)|has\s+a\s+(?:poor|bad|low)\s+reputation|(?:is\s+)?(?:in|on)\s+(?:\S+\s+){0,3}?\S*(?:black|block|deny|RBL|DNSBL))",
    ),
    // AT&T: `DNSBL:RBL 521< 192.0.2.1 >_is_blocked`.
    ("< <ip> >_is_blocked (AT&T)", r"(?i)<\s*{ip}\s*>_?is_blocked"),
    // `Blocked IP 192.0.2.1`, `listed address: [ip]`, Microsoft `banned
    // sender[ip]`, Spectrum-style `Rejected 192.0.2.1 listed at ...`, and
    // after a dash, Cox-style `Mail refused - <192.0.2.1>`.
    (
        "Blocked IP <ip>",
        r"(?i)\b(?:blocked|listed|banned|(?:black|block|deny)-?listed|rejected|refused)\s+(?:-\s*)?(?:sending\s+)?(?:(?:IP|IPv[46]|address|IP address|host|sender|network|range|netblock)\s*:?\s*)?[\[<]?{ip}",
    ),
    // The block stated first, the address in parentheses or brackets at
    // the end of the same sentence: `IP address blocked due to poor
    // reputation (192.0.2.1).`, `Sending host rejected for spam [ip]`,
    // `Your network range is listed (192.0.2.0/24)`, or with the range's
    // two ends, `(192.0.2.0 - 192.0.2.255)`.
    // No dot may come between the words and the address. That keeps the
    // match inside one sentence, and it leaves out `blocked by
    // mx.example.net (ip)`, where the address is the named host's.
    (
        "IP blocked ... (<ip>)",
        r"(?i)\b(?:IP|IPv[46]|address|host|server|sender|network|range)\b[^.()\[\]\n]{0,80}?\b(?:blocked|black-?listed|block-?listed|deny-?listed|listed|banned|rejected|refused|denied)\b[^.()\[\]\n]{0,80}?[(\[]{ip}(?:/\d{1,3}|\s*[\-\x{2010}-\x{2014}\x{2212}]\s*{any_ip})?[)\]]",
    ),
    // The address in brackets right before a sentence about the sender's
    // address, server, reputation or listing: `550 5.7.1 [192.0.2.1] Your
    // IP is blocked.`, `[ip] Your IP address is listed`, `421 ip: Client
    // host blocked`, `Error: <ip> Your IP is blocked`, `[ip] This IP has
    // been blacklisted`, `[ip] poor IP reputation`, `ip - Sender reputation
    // too low`, `ip: listed on DNSBL`, `[ip] suspected spam IP`, `ip is a
    // known spam source`, `554 5.7.1 : ip : Your IP is blacklisted`. The
    // address must open the reply text (after the code and an optional
    // colon), or follow a tag such as `[TSS04]` or another sentence,
    // so that a host's address (`mx.example.net [ip] Your IP`) is not
    // read as the sender's. `The server` and `this server` are left out
    // because in a reply they name the receiver.
    // NOTE: the colon form follows a constructed Zoho bounce. No public
    // sample of Zoho's own reply was found to confirm it.
    (
        "[<ip>] Your IP ...",
        r"(?i)(?:^|[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}\s+)?(?::\s*)?|\]\s+|(?:^|\s)[A-Za-z]+[.;:!]\s+)[\[(<]?{ip}[\])>]?\s*[:,\-]?\s*(?:your\s+(?:mail\s+|sending\s+|SMTP\s+|e-?mail\s+)?(?:IP|IPv[46]|server|host|MTA|relay|network|address|connection)|(?:client|sending|sender|connecting|originating|source)\s+(?:mail\s+)?(?:IP|IPv[46]|host|server|MTA|address)|(?:this|the)\s+IP(?:v[46])?|(?:(?:poor|bad|low|negative)\s+)?(?:(?:sender|sending)\s+)?(?:IP(?:v[46])?\s+)?reputation|listed\s+(?:on|in|at|by)|(?:black|block|deny)[ \-]?listed|(?:is\s+an?\s+)?(?:(?:suspected|known|confirmed)\s+)?spam(?:mer|\s+(?:source|sender|IP(?:v[46])?)))\b",
    ),
    // The same sentence first, and the address alone after it: `Your IP
    // is blocked. [192.0.2.1]`, `Client host blocked due to spam
    // complaints. (ip)`, `Your IP address is listed: ip`, `Sending IP not
    // permitted [ip]`. The address must end the reply or come right
    // before Postfix's `(in reply to ...)`, so that a following sentence
    // cannot carry another address into the match.
    (
        "Your IP is blocked. [<ip>]",
        r"(?i)\b(?:your\s+(?:mail\s+|sending\s+|SMTP\s+)?(?:IP|IPv[46]|server|host|MTA|network)|(?:client|sending|sender|connecting)\s+(?:IP|host|server|address))\b[^.()\[\]\n]{0,80}?\b(?:blocked|black-?listed|block-?listed|deny-?listed|listed|banned|rejected|refused|denied|not\s+(?:allowed|permitted|authori[sz]ed))\b[^.()\[\]\n]{0,80}?(?:[.;]\s*[(\[]|:\s*[(\[]?|\s[(\[]){ip}[)\]]?\s*(?:$|\(in\s+reply\b|[.\]'])",
    ),
    // A cause that names the sender's reputation or listing, then the
    // address: `poor sender IP reputation [192.0.2.1]`, `IP reputation too
    // low: ip`, `Low reputation of sending IP (ip)`, `bad IP reputation -
    // ip`, `Sender IP found on blocklist - ip`, `Blocklisted IP - ip`.
    // Only a few words (`is too low`, `on DNSBL`) may come between the
    // cause and the address, and no comma, dot or bracket, so that the
    // address of a host named later (`reputation too low, see
    // mx.example.net [ip]`, `poor reputation, rejected by ip`) is not read
    // as the sender's.
    (
        "IP reputation too low: <ip>",
        r"(?i)\b(?:(?:IP|IPv[46]|sender|sending|client|source|originating|your)\b[^.()\[\]\n:,;]{0,40}?\b(?:reputation|listed|(?:black|block|deny)[ \-]?list(?:ed|ing)?|DNSBL|RBL)|(?:reputation|(?:black|block|deny)[ \-]?list(?:ed|ing)?|DNSBL|RBL)\b[^.()\[\]\n:,;]{0,40}?\b(?:IP|IPv[46]|sender|sending))\b(?:\s+(?:is|was|too|very|low|poor|bad|negative|insufficient|IP|IPv[46]|address|reputation|score|(?:on|in)\s+(?:our\s+|a\s+|the\s+)?(?:DNSBL|RBL|\S*(?:black|block|deny)[ \-]?list)))*(?:\s*[:\-]\s*|\s+)[(\[<]?{ip}[)\]>]?(?:$|\s|[.;,](?:\s|$))",
    ),
    // Cloudmark's `Poor Reputation Sender - [ip]` and `Rejected - poor
    // sender reputation [ip]`: the address right after the words is the
    // sender whose reputation is poor, with or without the reset link.
    (
        "Poor Reputation Sender - [<ip>]",
        r"(?i)\bpoor\s+(?:reputation\s+sender|sender\s+reputation)\s*(?:-\s*)?[\[(<]?{ip}",
    ),
    // A spam source named as the cause, then the address: `Suspected spam
    // ip 203.0.113.9`, `Known spam source IP: ip`, `Spam source ip [ip]
    // blocked`, `known spammer IP <ip>`, `Confirmed spam source [ip]`.
    // Nothing but a colon or dash may come between the words and the
    // address, so that a host named later (`Suspected spam IP, see
    // mx.example.net [ip]`) does not lend its address, and a spam verdict
    // on the message (`looks like spam [ip]`) names no spam source.
    (
        "spam IP <ip>",
        r"(?i)\bspam(?:mer)?\s+(?:(?:source|sending)\s+)?(?:(?:IP|IPv[46])(?:\s+address)?(?:\s+source)?|source)(?:\s+(?:is|was))?\s*(?:[:\-]\s*)?[(\[<]?{ip}",
    ),
    // Korean replies that name the address after the block: `차단된 IP:
    // 192.0.2.1` (blocked IP), `블랙리스트에 등록된 IP ip` (IP registered on
    // a blacklist), `스팸 발송 IP ip` (spam-sending IP). The second rule
    // takes the address as the subject: `IP 192.0.2.1 가 차단되었습니다` (is
    // blocked), `ip 는 블랙리스트에 등록되어` (is registered on a blacklist).
    (
        "차단된 IP <ip>",
        r"(?i)(?:차단된|거부된|블랙리스트에\s*등록된|스팸\s*발송)\s*IP(?:\s*주소)?\s*[:：]?\s*[(\[]?{ip}",
    ),
    (
        "<ip> 가 차단되었습니다",
        r"(?i)[(\[]?{ip}[)\]]?\s*(?:IP\s*(?:주소\s*)?)?(?:이|가|은|는|이\(가\)|은\(는\))\s*(?:(?:스팸\s*(?:발송\s*)?IP로|블랙리스트에|차단\s*목록에|RBL에)\s*)?(?:차단|등록|등재|거부)",
    ),
    // Chinese, the address as the subject of the block or listing, with
    // no list named: `IP192.0.2.1被列入黑名单` (is put on the blacklist),
    // `ip 已被屏蔽` (has been blocked), `ip 已被临时禁用` (is disabled for a
    // time), `ip 遭拒绝` (is refused).
    (
        "<ip> 被列入黑名单",
        r"(?i)[(\[（]?{ip}[)\]）]?\s*(?:已\s*)?(?:被|遭)\s*(?:(?:列入|加入|拉入|列为|列為)\s*(?:了\s*)?(?:黑名[单單]|垃圾邮件|垃圾郵件)|(?:临时|臨時)?禁用|屏蔽|封禁|封锁|封鎖|拒绝|拒絕|阻止|拦截|攔截)",
    ),
    // A refusal of end-user addresses that names the address: `Residential
    // IP 192.0.2.1 not accepted`, `dynamic IP address [ip]`, `ip has a
    // generic rDNS name`, `ip looks dynamic`, `ip is in a dial-up range`.
    (
        "Dynamic IP <ip>",
        r"(?i)\b(?:dynamic|dynamically\s+assigned|dial-?up|residential)\s+(?:IP|IPv[46])(?:\s+address)?\s*:?\s*[\[(<]?{ip}",
    ),
    (
        "<ip> looks dynamic",
        r"(?i)[\[(<]?{ip}[\])>]?\s+(?:has\s+an?\s+(?:generic|dynamic)|looks\s+(?:like\s+an?\s+)?(?:dynamic|dial-?up|residential|generic)|(?:is|appears\s+to\s+be)\s+(?:in\s+)?(?:an?\s+)?(?:dynamic|dial-?up|residential))\b",
    ),
    // The address in brackets opens the reply text, and a later sentence
    // of the same reply refers back to it: `550 5.7.1 [192.0.2.1] Message
    // rejected due to local policy. Your IP is listed on ...`, `554 5.7.1
    // [ip] Messages from this IP are blocked`. Up to 120 characters
    // without a digit or bracket may come between them, so no other
    // address, and no status code of a following reply line, can stand
    // between the address and the words. `The server` and `this server`
    // are left out, as above.
    (
        "[<ip>] ... your IP",
        r"(?i)(?:^|[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}\s+)?)\[{ip}\][^\[\]()<>0-9]{0,120}?\b(?:your\s+(?:mail\s+|sending\s+|SMTP\s+)?(?:IP|IPv[46]|server|host)|this\s+IP(?:v[46])?|the\s+(?:sending|sender)\s+IP(?:v[46])?)\b",
    ),
];

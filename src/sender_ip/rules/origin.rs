//! Phrases that name the address as the sending host or as the mail's
//! origin, in words: `Client host [ip]`, `your server ip`, `sending IP
//! ip`, `Messages from ip`, `sent from ip`. They rank first among the
//! sender rules because each one states outright whose address it is.

/// The origin statements, in order of trust.
pub(super) const RULES: &[(&str, &str)] = &[
    // Postfix, Sendmail and Spamhaus-style DNSBL rejects: `Client host
    // [192.0.2.1] blocked using zen.spamhaus.org`, `client [ip] blocked`,
    // and without brackets `Client host 192.0.2.1 blocked using ...`.
    ("Client host [<ip>]", r"(?i)\bclient(?:\s+host)?\s*\[?{ip}"),
    // Postfix smtpd: `<mail.example.com[192.0.2.1]>: Client host rejected`.
    ("<host[<ip>]>: Client host rejected", r"(?i)\[{ip}\]>?:?\s*Client host rejected"),
    // Postfix reject_unknown_client_hostname and its reverse variant:
    // `Client host rejected: cannot find your reverse hostname, [192.0.2.1]`.
    (
        "cannot find your hostname, [<ip>]",
        r"(?i)cannot\s+find\s+your\s+(?:reverse\s+)?hostname,?\s*\[?{ip}",
    ),
    // T-Online `554 IP=192.0.2.1 - A problem occurred`, Google `with ip:
    // [192.0.2.1]`, `IP: 192.0.2.1`.
    // Not `client-ip=` or `smtp.remote-ip=`: those are trace headers.
    ("IP=<ip>", r"(?i)(?:^|[^\w\-.])IP\s*(?:address)?\s*[=:]\s*\[?{ip}"),
    // The reply names the sending server in words: `your server 192.0.2.1
    // is listed`, `your mail server [ip] is blocked`, `your host (ip)`.
    (
        "your server <ip>",
        r"(?i)\byour\s+(?:mail\s+|sending\s+|SMTP\s+)?(?:server|host|MTA|relay)(?:\s+(?:is|was))?\s*[(\[]?{ip}",
    ),
    // The address named as the source of the mail, the word order of
    // French replies carried into English: Orange `Blocked for spam IP
    // source. [192.0.2.1]`, `adresse IP source 192.0.2.1`, `IP source: ip`.
    ("IP source <ip>", r"(?i)\bIP\s+source\s*[.:]?\s*[(\[]?{ip}"),
    // Yahoo and AOL `[TSS04] Messages from 192.0.2.1 temporarily deferred`,
    // Outlook.com `messages from [192.0.2.1] weren't sent`.
    ("Messages from <ip>", r"(?i)\bmessages?\s+from\s+\[?{ip}"),
    // The same statements in French, German, Spanish, Italian,
    // Portuguese, Dutch, Russian, Czech and Polish replies: `Votre adresse
    // IP 192.0.2.1 est listée`, `Ihre IP-Adresse 192.0.2.1`, `Su dirección
    // IP 192.0.2.1`, `Uw IP-adres 192.0.2.1`, `Ваш IP-адрес 192.0.2.1`,
    // `IP adresa 192.0.2.1 je na černém seznamu`, `adres IP 192.0.2.1`,
    // `Verbindung von 192.0.2.1 abgelehnt`.
    (
        "adresse IP / IP-Adresse <ip>",
        r"(?i)(?:\badresse\s+IP|\bIP-Adresse|\bIP-adres|\bIP-адрес|\bdirecci[oó]n\s+IP|\bindirizzo\s+IP|\bendere[cç]o\s+IP|\bIP\s+adres[au]?|\badresa?\s+IP|\bVerbindung\s+von)\s*:?\s*\[?{ip}",
    ),
    // Korean replies: `귀하의 IP(192.0.2.1)가 차단되었습니다` (your IP is
    // blocked), `발송 IP 192.0.2.1` (sending IP), `발신 IP 주소 192.0.2.1`
    // (sending IP address). A bare `IP 주소` (IP address) is left out,
    // because a reply also names its own server that way.
    (
        "발송 IP <ip>",
        r"(?i)(?:(?:발송|발신|송신|전송|접속)\s*(?:서버\s*)?IP(?:\s*주소)?|귀하의\s*(?:메일\s*서버\s*)?IP(?:\s*주소)?)\s*[:：]?\s*[(\[]?{ip}",
    ),
    // Chinese replies, often with no space after `IP`: `发信IP192.0.2.1`
    // (sending IP), `发件IP: ip`, `您的IP 192.0.2.1` (your IP), `来源IP地址
    // ip` (source IP address), and the traditional forms.
    (
        "发信IP <ip>",
        r"(?i)(?:发信|發信|发件|發件|发送|發送|寄件|来源|來源|您的|你的)\s*(?:服务器|伺服器|服務器)?\s*IP(?:\s*地址|\s*位址)?\s*[:：]?\s*[(\[（]?{ip}",
    ),
    // The mail gateway on cloudfilter.net hosts, which filter Cox's inbound
    // mail, names itself `cmsmtp` and writes the connecting IP after that
    // name, as Comcast's writes it after `comcast`:
    // `cdptpa-cxmx-01.cloudfilter.net cmsmtp 192.0.2.1 ... AUP#CXBL`.
    // NOTE: this layout follows a reported Cox reply. The gateway's name
    // is confirmed by the Received fields of cloudfilter.net hosts, but no
    // public sample of the whole reply was found.
    ("<host> cmsmtp <ip>", r"(?i)\bcmsmtp\s+{ip}(?:\s|$)"),
    // Comcast names its host twice, or the host and the word `comcast`,
    // then the address: `<host> <host> 192.0.2.1 found on one or more
    // DNSBLs`, `<host> comcast 192.0.2.1 BL000010`, `... comcast
    // 192.0.2.1 Too many sessions opened`.
    ("<host> <host> <ip> (Comcast)", r"(?i)\bcomcast(?:\.net)?\s+{ip}\s"),
    // Comcast's BL000000 reply writes the connecting address right before
    // its block statement: `554 5.7.1 <host> 192.0.2.1 Comcast block for
    // spam`. A relay or a log may drop the host, leaving the address
    // first. Comcast's removal form requires that address.
    ("<ip> Comcast block", r"(?i){ip}\s+Comcast\s+block\b"),
    // Outlook.com `banned sending IP [192.0.2.1]`, `the sending IP (ip)`,
    // `client ip 192.0.2.1`, `your IP address is 192.0.2.1`, and in past
    // tense `Sending IP was 192.0.2.1.` Not `remote IP`: in the sending
    // MTA's own words that is the receiver.
    (
        "sending IP <ip>",
        r"(?i)\b(?:sending|sender|connecting|client|your|source|originating)\s+(?:mail\s+server'?s?\s+)?(?:IP|IPv[46])(?:\s+address)?(?:\s+(?:is|was|of))?\s*[(\[]?{ip}",
    ),
    // The sending host named by its role, with a verb: `Connecting host
    // was 192.0.2.1`, `the sending server is [ip]`, `client host was ip`.
    (
        "sending host was <ip>",
        r"(?i)\b(?:sending|connecting|client|originating|source)\s+(?:mail\s+)?(?:host|server|MTA|relay)(?:\s+address)?\s+(?:is|was)\s*:?\s*[(\[]?{ip}",
    ),
    // The address the mail came from, addressed to the sender: `The IP
    // address you are sending from is 192.0.2.1`, then `You connected from [ip]`.
    (
        "IP you are sending from is <ip>",
        r"(?i)\b(?:IP|IPv[46]|address)(?:\s+address)?\s+(?:that\s+)?you(?:'re|\s+are|\s+were)?\s+(?:sending|connecting|sent|connected)\s+(?:mail\s+)?from\s+(?:is|was)\s*:?\s*[(\[]?{ip}",
    ),
    (
        "you are sending from <ip>",
        r"(?i)\byou(?:'re|\s+are|\s+were)?\s+(?:sending|connecting|connected)\s+(?:mail\s+)?from\s+(?:IP\s+(?:address\s+)?)?[(\[]?{ip}",
    ),
    // The mail's origin stated after the block: `Sent from 192.0.2.1`,
    // `Message sent from [ip]`, `Connected from ip`, `from IP 192.0.2.1`.
    (
        "sent from <ip>",
        r"(?i)\b(?:(?:sent|connected|connecting|originat(?:ed|ing))\s+from\s+(?:IP\s+(?:address\s+)?)?|from\s+IP(?:v[46])?(?:\s+address)?\s*:?\s*)[(\[]?{ip}",
    ),
];

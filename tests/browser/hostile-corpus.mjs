// Hostile pastes: each tries to run script, load something, restyle the
// page, plant a clickable link or mislead the reader. Every payload that
// could run sets window.__pwned or opens a dialog, so the test can see it.
// Addresses are documentation ranges; evil.example is reserved (RFC 2606).

const BLOCK = "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org";

export const HOSTILE = [
  {
    name: "script tags",
    text: `<script>window.__pwned = 1; alert(1)</script>\n${BLOCK}\n<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  },
  {
    name: "img onerror",
    text: `550 5.1.1 <img src=x onerror="window.__pwned = 1; alert(1)"> user unknown`,
  },
  {
    name: "event handler attributes",
    text:
      `<div onmouseover="window.__pwned=1" onclick="window.__pwned=1">hover</div>\n` +
      `<body onload=window.__pwned=1>\n<input autofocus onfocus=window.__pwned=1>\n${BLOCK}`,
  },
  {
    name: "javascript URLs",
    text:
      `${BLOCK}\nTo request removal visit javascript:window.__pwned=1\n` +
      `<a href="javascript:window.__pwned=1">remove my IP</a>\n` +
      `<a href="jav&#x09;ascript:alert(1)">also</a>`,
  },
  {
    name: "data URLs",
    text:
      `${BLOCK}\nSee data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\n` +
      `<iframe src="data:text/html,<script>parent.__pwned=1</script>"></iframe>\n` +
      `<object data="data:text/html,<script>alert(1)</script>"></object>`,
  },
  {
    name: "CSS injection",
    text:
      `</pre></textarea><style>body{background:url(https://evil.example/bg.png)}` +
      `@import url(https://evil.example/a.css);</style>\n` +
      `<p style="background-image:url(https://evil.example/p.png)">x</p>\n` +
      `<link rel=stylesheet href=https://evil.example/s.css>\n${BLOCK}`,
  },
  {
    name: "SVG",
    text:
      `<svg onload="window.__pwned=1"><script>window.__pwned=1</script>` +
      `<a xlink:href="javascript:alert(1)"><text y="20">remove</text></a>` +
      `<image href="https://evil.example/i.svg"/></svg>\n${BLOCK}`,
  },
  {
    name: "HTML entities",
    text:
      `&lt;script&gt;window.__pwned=1&lt;/script&gt; &#x3C;img src=x onerror=alert(1)&#x3E;\n` +
      `550 5.1.1 &lt;bob@example.net&gt;: Recipient address rejected &amp; &quot;unknown&quot;`,
  },
  {
    name: "markup that navigates or submits",
    text:
      `<meta http-equiv="refresh" content="0;url=https://evil.example/">\n` +
      `<base href="https://evil.example/">\n` +
      `<form action="https://evil.example/steal"><button>Delist now</button></form>\n` +
      `[Delist now](https://evil.example/delist) ${"{{constructor.constructor('window.__pwned=1')()}}"} \${alert(1)}\n${BLOCK}`,
  },
  {
    name: "bidi and zero-width characters",
    text:
      "<bob@example.net>: host mx.example.net[198.51.100.2] said: 554 5.7.1\n" +
      "    Client host [203.0.113.9] blocked \u202E9.311.0.302\u202C using\n" +
      "    zen.spam\u200Bhaus.org; see https://evil\u200B.example/\u2066remove\u2069\n",
    hidden: true,
  },
  {
    name: "homoglyph provider names",
    text:
      "<bob@example.net>: host mx1.c\u043Emcast.net[198.51.100.7] said: 554 5.7.1\n" +
      "    resimta-po-01v.sys.c\u043Emcast.net 203.0.113.5 found on one or more DNSBLs, see\n" +
      "    http://postmaster.c\u043Emcast.net/smtp-error-codes.php#BL000010\n",
    lookalike: "c\u043Emcast.net",
  },
  {
    name: "forged comcast bounce with fake removal link",
    text: [
      "From: postmaster@comcast.net",
      "Subject: Delivery failure: your IP is blocked",
      "Content-Type: text/plain",
      "",
      "<bob@comcast.net>: host mx1.comcast.net[198.51.100.80] said: 554 5.7.1",
      "    resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5",
      "    found on one or more DNSBLs, see",
      "    http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
      "",
      "URGENT: Comcast removal desk. Unblock your IP within 24 hours at",
      "https://comcast-unblock.evil.example/remove?ip=198.51.100.99",
      '<a href="https://comcast-unblock.evil.example/remove">Request removal</a>',
      "",
    ].join("\n"),
    forged: "evil.example",
    // The address Comcast's reply states; the fake link names another one.
    statedIp: "203.0.113.5",
  },
  {
    name: "html bounce email",
    text: [
      "From: MAILER-DAEMON@mail.example.com",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b"',
      "",
      "--b",
      "Content-Type: text/html",
      "",
      '<html><body onload="window.__pwned=1"><script>alert(1)</script>',
      '<p>550 5.1.1 <a href="https://evil.example/">carol@example.net</a> user unknown</p>',
      "</body></html>",
      "--b--",
      "",
    ].join("\n"),
  },
];

// Served late by the test server, to hold up the HTML parser in late.html.
document.documentElement.dataset.slowScriptRan = "yes";

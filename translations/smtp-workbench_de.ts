<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Workbench</source>
        <translation>Über SMTP Workbench</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Anwendungsname und Version</translation>
    </message>
    <message>
        <source>An interactive SMTP client for testing mail servers: connections, STARTTLS and implicit TLS, certificates, authentication and test messages.</source>
        <translation>Ein interaktiver SMTP-Client zum Testen von Mailservern: Verbindungen, STARTTLS und implizites TLS, Zertifikate, Authentifizierung und Testnachrichten.</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. There is no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer. Es gibt keine Gewährleistung.</translation>
    </message>
</context>
<context>
    <name>AddressDisclosure</name>
    <message>
        <source>postmaster: %1; %2: %3</source>
        <translation>postmaster: %1; %2: %3</translation>
    </message>
    <message>
        <source>Not conclusive: the server did not give %1 a clear answer (%2). Try again later.</source>
        <translation>Nicht eindeutig: Der Server hat auf %1 keine klare Antwort gegeben (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>EXPN is answered (%1): it shows who receives the mail of an address or a list. Disable EXPN, as RFC 5321 §7.3 allows.</source>
        <translation>EXPN wird beantwortet (%1): Es zeigt, wer die Mails einer Adresse oder Liste erhält. Deaktivieren Sie EXPN, wie es RFC 5321 §7.3 erlaubt.</translation>
    </message>
    <message>
        <source>%1 tells an existing address from a made-up one (%2): anyone can find out which addresses exist. Disable %1, or answer 252 to every query (RFC 5321 §3.5.3, §7.3).</source>
        <translation>%1 unterscheidet eine existierende Adresse von einer erfundenen (%2): Jeder kann herausfinden, welche Adressen existieren. Deaktivieren Sie %1, oder beantworten Sie jede Anfrage mit 252 (RFC 5321 §3.5.3, §7.3).</translation>
    </message>
    <message>
        <source>VRFY confirms even a made-up address (%1). That reveals nothing, but 250 claims the address was verified (RFC 5321 §3.5.3); 252 is the honest answer.</source>
        <translation>VRFY bestätigt sogar eine erfundene Adresse (%1). Das verrät nichts, aber 250 behauptet, die Adresse sei geprüft worden (RFC 5321 §3.5.3); 252 ist die ehrliche Antwort.</translation>
    </message>
    <message>
        <source>VRFY says that even postmaster does not exist (%1); every server must accept mail for postmaster (RFC 5321 §4.5.1).</source>
        <translation>VRFY sagt, dass nicht einmal postmaster existiert (%1); jeder Server muss Mails für postmaster annehmen (RFC 5321 §4.5.1).</translation>
    </message>
    <message>
        <source>EXPN expands neither postmaster nor a made-up name (%1): it reveals nothing.</source>
        <translation>EXPN löst weder postmaster noch einen erfundenen Namen auf (%1): Es verrät nichts.</translation>
    </message>
    <message>
        <source>%1 answers without confirming anything (%2), as RFC 5321 §3.5.3 allows.</source>
        <translation>%1 antwortet, ohne etwas zu bestätigen (%2), wie es RFC 5321 §3.5.3 erlaubt.</translation>
    </message>
    <message>
        <source>%1 is refused (%2): it reveals nothing.</source>
        <translation>%1 wird abgelehnt (%2): Es verrät nichts.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>Die Zugriffsrechte von %1 können nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>writing was cancelled</source>
        <translation>das Schreiben wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>The AUTH exchange was already started.</source>
        <translation>Der AUTH-Austausch wurde bereits begonnen.</translation>
    </message>
    <message>
        <source>The server replied before the AUTH command was sent.</source>
        <translation>Der Server hat geantwortet, bevor der AUTH-Befehl gesendet wurde.</translation>
    </message>
    <message>
        <source>The server sent a reply after the AUTH exchange had ended.</source>
        <translation>Der Server hat nach dem Ende des AUTH-Austauschs eine Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server reported success before the %1 exchange was complete.</source>
        <translation>Der Server hat Erfolg gemeldet, bevor der %1-Austausch vollständig war.</translation>
    </message>
    <message>
        <source>The server refused the authentication: %1</source>
        <translation>Der Server hat die Authentifizierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server answered the AUTH exchange with an unexpected reply: %1</source>
        <translation>Der Server hat im AUTH-Austausch unerwartet geantwortet: %1</translation>
    </message>
    <message>
        <source>The server sent more than %1 AUTH challenges.</source>
        <translation>Der Server hat mehr als %1 AUTH-Challenges gesendet.</translation>
    </message>
    <message>
        <source>The server sent a multi-line AUTH challenge.</source>
        <translation>Der Server hat eine mehrzeilige AUTH-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent an AUTH challenge of %1 octets; at most %2 are accepted.</source>
        <translation>Der Server hat eine AUTH-Challenge von %1 Oktetten gesendet; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The server sent an AUTH challenge that is not valid base64.</source>
        <translation>Der Server hat eine AUTH-Challenge gesendet, die kein gültiges Base64 ist.</translation>
    </message>
    <message>
        <source>The server sent a non-empty challenge where the client speaks first.</source>
        <translation>Der Server hat eine nicht leere Challenge gesendet, obwohl der Client zuerst spricht.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Further warnings about this EHLO reply were left out.</source>
        <translation>Weitere Warnungen zu dieser EHLO-Antwort wurden weggelassen.</translation>
    </message>
    <message>
        <source>The server listed more than %1 capabilities; the rest were ignored.</source>
        <translation>Der Server nannte mehr als %1 Fähigkeiten; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>Empty capability line.</source>
        <translation>Leere Fähigkeitszeile.</translation>
    </message>
    <message>
        <source>Capability line starts with white space: %1</source>
        <translation>Die Fähigkeitszeile beginnt mit Leerraum: %1</translation>
    </message>
    <message>
        <source>The server uses the obsolete &quot;AUTH=&quot; form: %1</source>
        <translation>Der Server verwendet die veraltete Form „AUTH=“: %1</translation>
    </message>
    <message>
        <source>Capability keyword contains control characters: %1</source>
        <translation>Das Fähigkeitsschlüsselwort enthält Steuerzeichen: %1</translation>
    </message>
    <message>
        <source>Capability keyword is not valid: %1</source>
        <translation>Das Fähigkeitsschlüsselwort ist ungültig: %1</translation>
    </message>
    <message>
        <source>Capability listed more than once: %1</source>
        <translation>Die Fähigkeit ist mehrfach aufgeführt: %1</translation>
    </message>
    <message>
        <source>SIZE value is not a valid size: %1</source>
        <translation>Der SIZE-Wert ist keine gültige Größe: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <source>Certificate Details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm:</source>
        <translation>Signaturalgorithmus:</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Verification errors:</source>
        <translation>Prüffehler:</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Prüffehler</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>PEM &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected certificate as PEM</source>
        <translation>Das ausgewählte Zertifikat als PEM kopieren</translation>
    </message>
    <message>
        <source>&amp;Export PEM…</source>
        <translation>PEM &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PEM file</source>
        <translation>Das ausgewählte Zertifikat als PEM-Datei speichern</translation>
    </message>
    <message>
        <source>Export C&amp;hain…</source>
        <translation>&amp;Kette exportieren…</translation>
    </message>
    <message>
        <source>Save every certificate the server sent as one PEM file</source>
        <translation>Alle vom Server gesendeten Zertifikate als eine PEM-Datei speichern</translation>
    </message>
    <message>
        <source>Public key pin (SPKI SHA-256):</source>
        <translation>Public-Key-Pin (SPKI SHA-256):</translation>
    </message>
    <message>
        <source>Public key pin (SPKI SHA-256)</source>
        <translation>Public-Key-Pin (SPKI SHA-256)</translation>
    </message>
</context>
<context>
    <name>CertificateMemory</name>
    <message>
        <source>The remembered certificate&apos;s &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>„%1“ des gemerkten Zertifikats ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>The remembered certificate has no key pin or fingerprint.</source>
        <translation>Das gemerkte Zertifikat hat weder Public-Key-Pin noch Fingerabdruck.</translation>
    </message>
    <message>
        <source>No certificate was remembered for this profile yet.</source>
        <translation>Für dieses Profil wurde noch kein Zertifikat gemerkt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate AND KEY changed since the one remembered on %1. Confirm the change is yours.</source>
        <translation>Zertifikat UND SCHLÜSSEL des Servers haben sich seit dem am %1 gemerkten geändert. Bestätigen Sie, dass die Änderung von Ihnen stammt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since the one remembered on %1 (the same key: a renewal).</source>
        <translation>Das Zertifikat des Servers hat sich seit dem am %1 gemerkten geändert (gleicher Schlüssel: eine Erneuerung).</translation>
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (depth %2, X509 error %3)</source>
        <translation>%1 (Tiefe %2, X509-Fehler %3)</translation>
    </message>
    <message>
        <source>Check the server name: the certificate covers %1.</source>
        <translation>Prüfen Sie den Servernamen: Das Zertifikat gilt für %1.</translation>
    </message>
    <message>
        <source>The certificate covers %1.</source>
        <translation>Das Zertifikat gilt für %1.</translation>
    </message>
    <message>
        <source>The server certificate is not trusted for %1: %2. %3 Nothing but QUIT is sent on this connection.</source>
        <translation>Dem Serverzertifikat wird für %1 nicht vertraut: %2. %3 Auf dieser Verbindung wird nur noch QUIT gesendet.</translation>
    </message>
    <message>
        <source>TLS: not established</source>
        <translation>TLS: nicht aufgebaut</translation>
    </message>
    <message>
        <source>  the server requires a client certificate</source>
        <translation>  der Server verlangt ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2 (%3 bits)</source>
        <translation>TLS: %1, Cipher %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>Verification: OK for %1</source>
        <translation>Prüfung: OK für %1</translation>
    </message>
    <message>
        <source>Verification: SKIPPED (trusted site) for %1</source>
        <translation>Prüfung: ÜBERSPRUNGEN (vertrauenswürdige Gegenstelle) für %1</translation>
    </message>
    <message>
        <source>Verification: FAILED for %1</source>
        <translation>Prüfung: FEHLGESCHLAGEN für %1</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  Fehler: %1</translation>
    </message>
    <message>
        <source>  warning: the name matched only the subject&apos;s CN; the certificate has no DNS subjectAltName</source>
        <translation>  Warnung: Der Name passte nur auf den CN des Subjekts; das Zertifikat hat keinen DNS-subjectAltName</translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation>Client-Zertifikat: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>required by the server, none configured</source>
        <translation>vom Server verlangt, keines eingerichtet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Certificate %1: %2</source>
        <translation>Zertifikat %1: %2</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  names: %1</source>
        <translation>  Namen: %1</translation>
    </message>
    <message>
        <source>  valid: %1 to %2 (%3 days left)</source>
        <translation>  gültig: %1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <source>  key: %1 %2 bits, signature %3, serial %4</source>
        <translation>  Schlüssel: %1 %2 Bit, Signatur %3, Seriennummer %4</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256: %1</translation>
    </message>
    <message>
        <source>  SHA-1: %1</source>
        <translation>  SHA-1: %1</translation>
    </message>
    <message>
        <source>  SPKI SHA-256: %1</source>
        <translation>  SPKI SHA-256: %1</translation>
    </message>
    <message>
        <source>Trust anchor: %1 (SHA-256 %2)</source>
        <translation>Vertrauensanker: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>certificate revoked (stapled OCSP response)</source>
        <translation>Zertifikat widerrufen (geheftete OCSP-Antwort)</translation>
    </message>
    <message>
        <source>Key exchange %1, server signature %2</source>
        <translation>Schlüsselaustausch %1, Serversignatur %2</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and named no CA.</source>
        <translation>Der Server hat nach einem Client-Zertifikat gefragt und keine CA genannt.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate from: %1.</source>
        <translation>Der Server hat nach einem Client-Zertifikat gefragt, ausgestellt von: %1.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Fähigkeiten vor TLS</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS und Zertifikat</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>Ergebnis: OK</translation>
    </message>
    <message>
        <source>Result: FAILED (%1 at %2)</source>
        <translation>Ergebnis: FEHLGESCHLAGEN (%1 bei %2)</translation>
    </message>
    <message>
        <source>Result: FAILED (%1)</source>
        <translation>Ergebnis: FEHLGESCHLAGEN (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Serverantwort: %1</translation>
    </message>
    <message>
        <source>Sending the message: %1 of %2 (%3%)</source>
        <translation>Nachricht wird gesendet: %1 von %2 (%3%)</translation>
    </message>
    <message>
        <source>Probes: %1 passed, %2 to look at, %3 failed, %4 not applicable.</source>
        <translation>Probes: %1 bestanden, %2 zu prüfen, %3 fehlgeschlagen, %4 nicht anwendbar.</translation>
    </message>
    <message>
        <source>Deliveries (LMTP)</source>
        <translation>Zustellungen (LMTP)</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Unexpected argument: %1 (every setting is a flag; see --help).</source>
        <translation>Unerwartetes Argument: %1 (jede Einstellung ist eine Option; siehe --help).</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--export-profiles needs a file name.</source>
        <translation>--export-profiles braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--export: cannot tell the format of %1; use a name ending in .txt, .log, .html, .htm or .json.</source>
        <translation>--export: Das Format von %1 ist nicht erkennbar; einen Namen mit der Endung .txt, .log, .html, .htm oder .json verwenden.</translation>
    </message>
    <message>
        <source>--host needs a server name or address.</source>
        <translation>--host braucht einen Servernamen oder eine Adresse.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--local-name is not usable: %1</source>
        <translation>--local-name ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>--server-name is not usable: %1</source>
        <translation>--server-name ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>--auth must be a SASL mechanism name such as PLAIN or SCRAM-SHA-256, or auto; not &quot;%1&quot;.</source>
        <translation>--auth muss der Name eines SASL-Mechanismus wie PLAIN oder SCRAM-SHA-256 sein oder auto; nicht „%1“.</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>--to needs an address.</source>
        <translation>--to braucht eine Adresse.</translation>
    </message>
    <message>
        <source>--data -: standard input cannot be read.</source>
        <translation>--data -: Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--data -: standard input was empty.</source>
        <translation>--data -: Die Standardeingabe war leer.</translation>
    </message>
    <message>
        <source>--data: the file %1 is empty.</source>
        <translation>--data: Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>--quit-after must be one of %1, not &quot;%2&quot;.</source>
        <translation>--quit-after muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>AUTH needs a user name: give --user.</source>
        <translation>AUTH braucht einen Benutzernamen: --user angeben.</translation>
    </message>
    <message>
        <source>A password was given without --user or --auth.</source>
        <translation>Ein Passwort wurde ohne --user oder --auth angegeben.</translation>
    </message>
    <message>
        <source>--data needs at least one --to.</source>
        <translation>--data braucht mindestens ein --to.</translation>
    </message>
    <message>
        <source>--from needs at least one --to.</source>
        <translation>--from braucht mindestens ein --to.</translation>
    </message>
    <message>
        <source>The sender address is not usable: %1</source>
        <translation>Die Absenderadresse ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The recipient address %1 is not usable: %2</source>
        <translation>Die Empfängeradresse %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Server name, IPv4 or IPv6 address to connect to.</source>
        <translation>Servername, IPv4- oder IPv6-Adresse, mit der verbunden wird.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Port; 0 (default) means 25, or 465 with --security implicit.</source>
        <translation>Port; 0 (Standard) bedeutet 25, oder 465 mit --security implicit.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Use HELO and no ESMTP (needs --security none or implicit).</source>
        <translation>HELO und kein ESMTP verwenden (braucht --security none oder implicit).</translation>
    </message>
    <message>
        <source>Seconds to wait for each step (connect, TLS, every reply); default 30.</source>
        <translation>Sekunden, die auf jeden Schritt gewartet wird (Verbindung, TLS, jede Antwort); Standard 30.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>EHLO/HELO name; default: this machine&apos;s name.</source>
        <translation>EHLO/HELO-Name; Standard: der Name dieses Rechners.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Do not validate the server certificate (still report what would have failed).</source>
        <translation>Das Serverzertifikat nicht prüfen (trotzdem melden, was fehlgeschlagen wäre).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen vertraut wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Tunnel: the name to verify in the certificate and send as SNI.</source>
        <translation>Tunnel: der im Zertifikat zu prüfende und als SNI zu sendende Name.</translation>
    </message>
    <message>
        <source>Connect through a proxy: socks5://host:port or http://host:port.</source>
        <translation>Über einen Proxy verbinden: socks5://host:port oder http://host:port.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Client certificate, PEM or PKCS#12 (.p12).</source>
        <translation>Client-Zertifikat, PEM oder PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>Client key (PEM) when the certificate file does not hold it.</source>
        <translation>Client-Schlüssel (PEM), wenn die Zertifikatsdatei ihn nicht enthält.</translation>
    </message>
    <message>
        <source>File whose first line is the client key passphrase.</source>
        <translation>Datei, deren erste Zeile die Passphrase des Client-Schlüssels ist.</translation>
    </message>
    <message>
        <source>AUTH mechanism (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, …) or auto.</source>
        <translation>AUTH-Mechanismus (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, …) oder auto.</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>mechanismus</translation>
    </message>
    <message>
        <source>User name for AUTH (implies --auth auto).</source>
        <translation>Benutzername für AUTH (setzt --auth auto voraus).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>File whose first line is the password (or token).</source>
        <translation>Datei, deren erste Zeile das Passwort (oder Token) ist.</translation>
    </message>
    <message>
        <source>Allow AUTH over a connection without validated TLS.</source>
        <translation>AUTH über eine Verbindung ohne geprüftes TLS erlauben.</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM).</source>
        <translation>Umschlag-Absender (MAIL FROM).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Envelope recipient (RCPT TO); repeat for more.</source>
        <translation>Umschlag-Empfänger (RCPT TO); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>The message to send, from a file or - for standard input; default: a built-in test message.</source>
        <translation>Die zu sendende Nachricht, aus einer Datei oder - für die Standardeingabe; Standard: eine eingebaute Testnachricht.</translation>
    </message>
    <message>
        <source>Send QUIT after this step: %1.</source>
        <translation>Nach diesem Schritt QUIT senden: %1.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>schritt</translation>
    </message>
    <message>
        <source>Use a saved profile; flags given beside it override its fields.</source>
        <translation>Ein gespeichertes Profil verwenden; daneben angegebene Optionen überschreiben seine Felder.</translation>
    </message>
    <message>
        <source>Save the settings given as a profile (secrets never go to the file).</source>
        <translation>Die angegebenen Einstellungen als Profil speichern (Geheimnisse kommen nie in die Datei).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Die gespeicherten Profile auflisten.</translation>
    </message>
    <message>
        <source>Import profiles from a JSON file.</source>
        <translation>Profile aus einer JSON-Datei importieren.</translation>
    </message>
    <message>
        <source>Export the profiles to a JSON file (without secrets).</source>
        <translation>Die Profile in eine JSON-Datei exportieren (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>Print JSON lines: one per event, then a final result object.</source>
        <translation>JSON-Zeilen ausgeben: eine pro Ereignis, dann ein abschließendes Ergebnisobjekt.</translation>
    </message>
    <message>
        <source>Also write the session log to a file: .txt, .log, .html or .json.</source>
        <translation>Das Sitzungsprotokoll zusätzlich in eine Datei schreiben: .txt, .log, .html oder .json.</translation>
    </message>
    <message>
        <source>Also print the settings used and the server capabilities.</source>
        <translation>Zusätzlich die verwendeten Einstellungen und die Fähigkeiten des Servers ausgeben.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1: the file %2 does not exist.</source>
        <translation>--%1: Die Datei %2 existiert nicht.</translation>
    </message>
    <message>
        <source>--%1: %2 is a directory, not a file.</source>
        <translation>--%1: %2 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>--%1: cannot read the file %2: %3</source>
        <translation>--%1: Die Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>--%1: the first line of %2 is empty.</source>
        <translation>--%1: Die erste Zeile von %2 ist leer.</translation>
    </message>
    <message>
        <source>Seconds the whole session may take; default 10 times --timeout, at most 3600.</source>
        <translation>Sekunden, die die ganze Sitzung dauern darf; Standard: das Zehnfache von --timeout, höchstens 3600.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of seconds from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von Sekunden zwischen 1 und %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Check every address of the domain&apos;s mail exchangers (MX records, in preference order), each certificate verified for its exchanger&apos;s name.</source>
        <translation>Jede Adresse der Mail-Exchanger der Domain prüfen (MX-Einträge, nach Präferenz), jedes Zertifikat für den Namen seines Exchangers geprüft.</translation>
    </message>
    <message>
        <source>--mx needs a domain.</source>
        <translation>--mx braucht eine Domain.</translation>
    </message>
    <message>
        <source>With --mx or --host: check every address on 25 plain, 25 STARTTLS, 587 STARTTLS and 465 implicit TLS.</source>
        <translation>Mit --mx oder --host: jede Adresse auf 25 unverschlüsselt, 25 STARTTLS, 587 STARTTLS und 465 implizitem TLS prüfen.</translation>
    </message>
    <message>
        <source>address[@port]</source>
        <translation>Adresse[@Port]</translation>
    </message>
    <message>
        <source>With --mx: ask this DNS resolver instead of the system&apos;s.</source>
        <translation>Mit --mx: diesen DNS-Resolver statt dem des Systems fragen.</translation>
    </message>
    <message>
        <source>--dns-server needs an address.</source>
        <translation>--dns-server braucht eine Adresse.</translation>
    </message>
    <message>
        <source>Check every saved profile, or those of the folder given after it (and its subfolders).</source>
        <translation>Jedes gespeicherte Profil prüfen, oder die des danach angegebenen Ordners (und seiner Unterordner).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Checks of --mx, --matrix or --check-all run at once (default 8).</source>
        <translation>Gleichzeitige Prüfungen von --mx, --matrix oder --check-all (Standard 8).</translation>
    </message>
    <message>
        <source>--parallel must be a number from 1 to %1.</source>
        <translation>--parallel muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>Give --mx or --host, not both: --mx checks the addresses its MX records name.</source>
        <translation>Geben Sie --mx oder --host an, nicht beides: --mx prüft die Adressen, die seine MX-Einträge nennen.</translation>
    </message>
    <message>
        <source>--matrix needs --mx or --host.</source>
        <translation>--matrix braucht --mx oder --host.</translation>
    </message>
    <message>
        <source>--dns-server is used only with --mx.</source>
        <translation>--dns-server gilt nur mit --mx.</translation>
    </message>
    <message>
        <source>--parallel is used only with --mx, --matrix or --check-all.</source>
        <translation>--parallel gilt nur mit --mx, --matrix oder --check-all.</translation>
    </message>
    <message>
        <source>--%1 must be a number of days from 0 to 3650.</source>
        <translation>--%1 muss eine Anzahl Tage von 0 bis 3650 sein.</translation>
    </message>
    <message>
        <source>--data: %1</source>
        <translation>--data: %1</translation>
    </message>
    <message>
        <source>Run a scripted dialogue: one step per line (ehlo, starttls, auth, send LINE, message, quit, expect CODES [~ REGEX]); exit 10 when an expectation does not hold.</source>
        <translation>Einen geskripteten Dialog ausführen: ein Schritt pro Zeile (ehlo, starttls, auth, send ZEILE, message, quit, expect CODES [~ REGEX]); Exit-Status 10, wenn eine Erwartung nicht zutrifft.</translation>
    </message>
    <message>
        <source>Write the session as a scenario that --scenario replays, each reply&apos;s code as an expectation.</source>
        <translation>Die Sitzung als Szenario schreiben, das --scenario abspielt, mit dem Code jeder Antwort als Erwartung.</translation>
    </message>
    <message>
        <source>--record needs a file name.</source>
        <translation>--record braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Check the server&apos;s policy: %1 or all, separated by commas; exit 12 when a check fails.</source>
        <translation>Die Richtlinie des Servers prüfen: %1 oder all, durch Kommas getrennt; Exit-Status 12, wenn eine Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>Print one Monitoring Plugins status line (SMTP OK/WARNING/CRITICAL/UNKNOWN with performance data) and exit 0, 1, 2 or 3.</source>
        <translation>Eine Statuszeile für Monitoring Plugins ausgeben (SMTP OK/WARNING/CRITICAL/UNKNOWN mit Leistungsdaten) und mit 0, 1, 2 oder 3 beenden.</translation>
    </message>
    <message>
        <source>With --nagios: WARNING when the certificate has this many days left or fewer (default 21).</source>
        <translation>Mit --nagios: WARNING, wenn das Zertifikat noch so viele Tage oder weniger gültig ist (Standard 21).</translation>
    </message>
    <message>
        <source>With --nagios: CRITICAL when the certificate has this many days left or fewer (default 7).</source>
        <translation>Mit --nagios: CRITICAL, wenn das Zertifikat noch so viele Tage oder weniger gültig ist (Standard 7).</translation>
    </message>
    <message>
        <source>With --profile: remember the server&apos;s verified certificate in the profile; later runs say whether it changed.</source>
        <translation>Mit --profile: das verifizierte Zertifikat des Servers im Profil merken; spätere Läufe melden, ob es sich geändert hat.</translation>
    </message>
    <message>
        <source>Tests an SMTP server: connects, greets, upgrades to TLS, authenticates and optionally sends a message, printing the transcript, the TLS and certificate report and the phase timings.

Exit status: 0 success, 1 bad arguments or local input, 2 name resolution or connection failed, 3 timed out, 4 TLS could not be established, 5 certificate rejected, 6 authentication failed or refused, 7 the server rejected a command, 8 protocol violation, 9 the connection was lost after the message&apos;s end of data (it may have been delivered), 10 a scenario expectation did not hold, 11 some checks of a batch failed, 12 a probe found a policy failure, 130 cancelled. With --nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Testet einen SMTP-Server: verbindet, begrüßt, wechselt zu TLS, authentifiziert sich und sendet optional eine Nachricht; ausgegeben werden das Transkript, der TLS- und Zertifikatsbericht und die Zeiten der Phasen.

Exit-Status: 0 Erfolg, 1 falsche Argumente oder lokale Eingabe, 2 Namensauflösung oder Verbindung fehlgeschlagen, 3 Zeitüberschreitung, 4 TLS konnte nicht aufgebaut werden, 5 Zertifikat abgelehnt, 6 Authentifizierung fehlgeschlagen oder verweigert, 7 der Server hat einen Befehl abgelehnt, 8 Protokollverletzung, 9 die Verbindung ging nach dem Datenende der Nachricht verloren (sie wurde vielleicht zugestellt), 10 eine Erwartung des Szenarios traf nicht zu, 11 einige Prüfungen eines Stapels sind fehlgeschlagen, 12 eine Probe hat einen Richtlinienfehler gefunden, 130 abgebrochen. Mit --nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>--crit-days (%1) must not be more than --warn-days (%2).</source>
        <translation>--crit-days (%1) darf nicht größer als --warn-days (%2) sein.</translation>
    </message>
    <message>
        <source>Give only one of --scenario, --probe and --record.</source>
        <translation>Geben Sie nur eines von --scenario, --probe und --record an.</translation>
    </message>
    <message>
        <source>--scenario, --probe and --record run one session (of --host or --profile); they do not go with --mx, --matrix, --check-all or the profile actions.</source>
        <translation>--scenario, --probe und --record führen eine Sitzung aus (von --host oder --profile); sie passen nicht zu --mx, --matrix, --check-all oder den Profilaktionen.</translation>
    </message>
    <message>
        <source>--export writes one session&apos;s log; --probe makes several connections: leave out --export.</source>
        <translation>--export schreibt das Protokoll einer Sitzung; --probe baut mehrere Verbindungen auf: Lassen Sie --export weg.</translation>
    </message>
    <message>
        <source>--probe never authenticates or sends a message: leave out --data, --user and --auth.</source>
        <translation>--probe authentifiziert sich nie und sendet keine Nachricht: Lassen Sie --data, --user und --auth weg.</translation>
    </message>
    <message>
        <source>--warn-days and --crit-days are used only with --nagios.</source>
        <translation>--warn-days und --crit-days werden nur mit --nagios verwendet.</translation>
    </message>
    <message>
        <source>--remember needs --profile: the certificate is remembered in that profile.</source>
        <translation>--remember braucht --profile: Das Zertifikat wird in diesem Profil gemerkt.</translation>
    </message>
    <message>
        <source>--nagios checks one session (of --host or --profile) and prints one line; it does not go with --%1.</source>
        <translation>--nagios prüft eine Sitzung (von --host oder --profile) und gibt eine Zeile aus; es passt nicht zu --%1.</translation>
    </message>
    <message>
        <source>Send this name as SNI instead of the verified one (verification stays with the host or --server-name).</source>
        <translation>Diesen Namen als SNI senden statt des geprüften (geprüft wird weiter gegen den Host oder --server-name).</translation>
    </message>
    <message>
        <source>--sni: %1</source>
        <translation>--sni: %1</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>der Name ist leer.</translation>
    </message>
    <message>
        <source>Send no SNI (server name indication) in the TLS handshake.</source>
        <translation>Keine SNI (Server Name Indication) im TLS-Handshake senden.</translation>
    </message>
    <message>
        <source>--body needs a text, or @FILE.</source>
        <translation>--body braucht einen Text oder @DATEI.</translation>
    </message>
    <message>
        <source>--body: cannot read the file %1.</source>
        <translation>--body: Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--body: the file %1 is larger than %2 MiB.</source>
        <translation>--body: Die Datei %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>--body: the file %1 is empty.</source>
        <translation>--body: Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>notify</translation>
    </message>
    <message>
        <source>Ask for delivery status notifications (RFC 3461 NOTIFY on each RCPT TO): NEVER, or any of SUCCESS, FAILURE and DELAY separated by commas. The server must advertise DSN.</source>
        <translation>Zustellungsbenachrichtigungen anfordern (RFC 3461 NOTIFY bei jedem RCPT TO): NEVER oder beliebige von SUCCESS, FAILURE und DELAY, durch Kommas getrennt. Der Server muss DSN anbieten.</translation>
    </message>
    <message>
        <source>--dsn: %1</source>
        <translation>--dsn: %1</translation>
    </message>
    <message>
        <source>full|hdrs</source>
        <translation>full|hdrs</translation>
    </message>
    <message>
        <source>What a delivery status notification returns of the message (RFC 3461 RET on MAIL FROM).</source>
        <translation>Was eine Zustellungsbenachrichtigung von der Nachricht zurückgibt (RFC 3461 RET bei MAIL FROM).</translation>
    </message>
    <message>
        <source>--dsn-ret must be full or hdrs, not &quot;%1&quot;.</source>
        <translation>--dsn-ret muss full oder hdrs sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Envelope identifier returned in delivery status notifications (RFC 3461 ENVID on MAIL FROM, sent as xtext).</source>
        <translation>Umschlagkennung, die in Zustellungsbenachrichtigungen zurückkommt (RFC 3461 ENVID bei MAIL FROM, als xtext gesendet).</translation>
    </message>
    <message>
        <source>--envid needs an identifier.</source>
        <translation>--envid braucht eine Kennung.</translation>
    </message>
    <message>
        <source>--envid: %1</source>
        <translation>--envid: %1</translation>
    </message>
    <message>
        <source>Send each command alone even when the server offers PIPELINING.</source>
        <translation>Jeden Befehl einzeln senden, auch wenn der Server PIPELINING anbietet.</translation>
    </message>
    <message>
        <source>Send the message with DATA even when the server offers CHUNKING (BDAT).</source>
        <translation>Die Nachricht mit DATA senden, auch wenn der Server CHUNKING (BDAT) anbietet.</translation>
    </message>
    <message>
        <source>&quot;Name: value&quot;</source>
        <translation>&quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <source>Add a header field to the built-in message, or replace its Date, Message-ID, From, To, Subject or User-Agent; repeat for more.</source>
        <translation>Ein Kopffeld zur eingebauten Nachricht hinzufügen oder deren Date, Message-ID, From, To, Subject oder User-Agent ersetzen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>--header: %1</source>
        <translation>--header: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Subject of the built-in message.</source>
        <translation>Betreff der eingebauten Nachricht.</translation>
    </message>
    <message>
        <source>--subject needs a text.</source>
        <translation>--subject braucht einen Text.</translation>
    </message>
    <message>
        <source>--subject: %1</source>
        <translation>--subject: %1</translation>
    </message>
    <message>
        <source>text|@file</source>
        <translation>Text|@Datei</translation>
    </message>
    <message>
        <source>Body of the built-in message: the text, or @FILE for a file&apos;s.</source>
        <translation>Inhalt der eingebauten Nachricht: der Text, oder @DATEI für den einer Datei.</translation>
    </message>
    <message>
        <source>Attach a file to the built-in message (MIME, base64, its type guessed); repeat for more.</source>
        <translation>Eine Datei an die eingebaute Nachricht anhängen (MIME, base64, Typ erraten); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>--attach: %1</source>
        <translation>--attach: %1</translation>
    </message>
    <message>
        <source>--%1 changes the built-in message; it does not go with --data, which gives the whole message.</source>
        <translation>--%1 ändert die eingebaute Nachricht; es passt nicht zu --data, das die ganze Nachricht angibt.</translation>
    </message>
    <message>
        <source>Also show every line&apos;s bytes in hex.</source>
        <translation>Zusätzlich die Bytes jeder Zeile hexadezimal zeigen.</translation>
    </message>
    <message>
        <source>Connect over IPv4 only.</source>
        <translation>Nur über IPv4 verbinden.</translation>
    </message>
    <message>
        <source>Connect over IPv6 only.</source>
        <translation>Nur über IPv6 verbinden.</translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation>Von dieser lokalen Adresse aus verbinden.</translation>
    </message>
    <message>
        <source>--bind: %1</source>
        <translation>--bind: %1</translation>
    </message>
    <message>
        <source>the address is empty.</source>
        <translation>die Adresse ist leer.</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>smtp (default) or lmtp (LHLO, one reply per recipient).</source>
        <translation>smtp (Standard) oder lmtp (LHLO, eine Antwort je Empfänger).</translation>
    </message>
    <message>
        <source>--protocol must be smtp or lmtp, not &quot;%1&quot;.</source>
        <translation>--protocol muss smtp oder lmtp sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=wert</translation>
    </message>
    <message>
        <source>Send this Postfix XCLIENT attribute after EHLO (repeatable, e.g. ADDR=192.0.2.1).</source>
        <translation>Dieses Postfix-XCLIENT-Attribut nach EHLO senden (wiederholbar, z. B. ADDR=192.0.2.1).</translation>
    </message>
    <message>
        <source>--xclient: %1</source>
        <translation>--xclient: %1</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Send a HAProxy PROXY protocol header, v1 or v2, before anything else; needs --proxy-source.</source>
        <translation>Vor allem anderen einen HAProxy-PROXY-Protokoll-Header senden, v1 oder v2; braucht --proxy-source.</translation>
    </message>
    <message>
        <source>--proxy-header must be v1 or v2, not &quot;%1&quot;.</source>
        <translation>--proxy-header muss v1 oder v2 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>The client address the PROXY header claims, e.g. 192.0.2.1:4321 or [2001:db8::1]:4321.</source>
        <translation>Die Client-Adresse, die der PROXY-Header angibt, z. B. 192.0.2.1:4321 oder [2001:db8::1]:4321.</translation>
    </message>
    <message>
        <source>--proxy-source: %1</source>
        <translation>--proxy-source: %1</translation>
    </message>
    <message>
        <source>Give -4 or -6, not both.</source>
        <translation>-4 oder -6 angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--proxy-header and --proxy-source go together: the header claims the source address.</source>
        <translation>--proxy-header und --proxy-source gehören zusammen: Der Header gibt die Quelladresse an.</translation>
    </message>
    <message>
        <source>--%1 must be 1.0, 1.1, 1.2 or 1.3, not &quot;%2&quot;.</source>
        <translation>--%1 muss 1.0, 1.1, 1.2 oder 1.3 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The lowest TLS version to offer: 1.0, 1.1, 1.2 (default) or 1.3.</source>
        <translation>Die niedrigste angebotene TLS-Version: 1.0, 1.1, 1.2 (Standard) oder 1.3.</translation>
    </message>
    <message>
        <source>The highest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (default).</source>
        <translation>Die höchste angebotene TLS-Version: 1.0, 1.1, 1.2 oder 1.3 (Standard).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>OpenSSL cipher names joined by &apos;:&apos;; TLS_… names are TLS 1.3 suites, the others ciphers of TLS 1.2 and earlier.</source>
        <translation>OpenSSL-Cipher-Namen, durch „:“ verbunden; TLS_…-Namen sind TLS-1.3-Suites, die anderen Cipher von TLS 1.2 und älter.</translation>
    </message>
    <message>
        <source>--ciphers: the list is empty.</source>
        <translation>--ciphers: Die Liste ist leer.</translation>
    </message>
    <message>
        <source>--ciphers: %1</source>
        <translation>--ciphers: %1</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <translation>Nur eines von %1 angeben.</translation>
    </message>
    <message>
        <source>--%1 needs a profile name.</source>
        <translation>--%1 braucht einen Profilnamen.</translation>
    </message>
    <message>
        <source>Delete a saved profile and remove its secrets from the keychain.</source>
        <translation>Ein gespeichertes Profil löschen und seine Geheimnisse aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>none, starttls (default: STARTTLS required), implicit (TLS at once) or starttls-opportunistic (STARTTLS when offered, plaintext with a warning when not).</source>
        <translation>none, starttls (Standard: STARTTLS verlangt), implicit (sofort TLS) oder starttls-opportunistic (STARTTLS, wenn angeboten, sonst Klartext mit Warnung).</translation>
    </message>
    <message>
        <source>--security must be none, starttls, implicit or starttls-opportunistic, not &quot;%1&quot;.</source>
        <translation>--security muss none, starttls, implicit oder starttls-opportunistic sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Append the TLS secrets to a file for Wireshark (NSS key log, mode 0600). Anyone who can read it can decrypt the session.</source>
        <translation>Die TLS-Geheimnisse für Wireshark an eine Datei anhängen (NSS-Key-Log, Modus 0600). Wer sie lesen kann, kann die Sitzung entschlüsseln.</translation>
    </message>
    <message>
        <source>Ask for a stapled OCSP response and report it; a trusted response saying revoked refuses the certificate.</source>
        <translation>Nach einer gehefteten OCSP-Antwort fragen und sie melden; eine vertrauenswürdige Antwort „widerrufen“ lehnt das Zertifikat ab.</translation>
    </message>
    <message>
        <source>Also write the certificate chain the server sent to a file (PEM, the server&apos;s certificate first).</source>
        <translation>Die vom Server gesendete Zertifikatskette zusätzlich in eine Datei schreiben (PEM, das Serverzertifikat zuerst).</translation>
    </message>
    <message>
        <source>--get-peer-chain writes the chain of one session; --probe, --mx, --matrix and --check-all make several: leave out --get-peer-chain.</source>
        <translation>--get-peer-chain schreibt die Kette einer Sitzung; --probe, --mx, --matrix und --check-all bauen mehrere auf: --get-peer-chain weglassen.</translation>
    </message>
    <message>
        <source>--%1: the directory of %2 does not exist.</source>
        <translation>--%1: Der Ordner von %2 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Show or hide the fields to send a message in this session</source>
        <translation>Felder zum Senden einer Nachricht in dieser Sitzung ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Compose and Send a Message</source>
        <translation>Nachricht verfassen und senden</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Abse&amp;nder:</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Absender (MAIL FROM)</translation>
    </message>
    <message>
        <source>sender@example.com (empty: null sender &lt;&gt;)</source>
        <translation>absender@example.com (leer: Null-Absender &lt;&gt;)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Em&amp;pfänger:</translation>
    </message>
    <message>
        <source>Recipients (RCPT TO)</source>
        <translation>Empfänger (RCPT TO)</translation>
    </message>
    <message>
        <source>one@example.com, two@example.com</source>
        <translation>eins@example.com, zwei@example.com</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Empty subject and body: the built-in test message</source>
        <translation>Betreff und Text leer: die eingebaute Testnachricht</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Send MAIL FROM, RCPT TO and the message in this session</source>
        <translation>MAIL FROM, RCPT TO und die Nachricht in dieser Sitzung senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>Send Messa&amp;ge</source>
        <translation>Nachricht sen&amp;den</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No server host is set.</source>
        <translation>Es ist kein Server-Host angegeben.</translation>
    </message>
    <message>
        <source>The host name is not usable: %1</source>
        <translation>Der Hostname ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The session timeout must be between 1 and %1 seconds.</source>
        <translation>Die Sitzungs-Zeitgrenze muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The server name is not usable: %1</source>
        <translation>Der Servername ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>STARTTLS needs EHLO: turn on the extended (ESMTP) option or choose another security mode.</source>
        <translation>STARTTLS braucht EHLO: die Option für erweitertes SMTP (ESMTP) einschalten oder einen anderen Sicherheitsmodus wählen.</translation>
    </message>
    <message>
        <source>Authentication needs EHLO: turn on the extended (ESMTP) option.</source>
        <translation>Authentifizierung braucht EHLO: die Option für erweitertes SMTP (ESMTP) einschalten.</translation>
    </message>
    <message>
        <source>A client key was given without a client certificate.</source>
        <translation>Ein Client-Schlüssel wurde ohne Client-Zertifikat angegeben.</translation>
    </message>
    <message>
        <source>The SNI name is not usable: %1</source>
        <translation>Der SNI-Name ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The SNI name must be a host name, not an address (RFC 6066 §3).</source>
        <translation>Der SNI-Name muss ein Hostname sein, keine Adresse (RFC 6066 §3).</translation>
    </message>
    <message>
        <source>An SNI name was given together with &quot;send no SNI&quot;.</source>
        <translation>Ein SNI-Name wurde zusammen mit „keine SNI senden“ angegeben.</translation>
    </message>
    <message>
        <source>The local address %1 is not of the address family asked for (%2).</source>
        <translation>Die lokale Adresse %1 gehört nicht zur verlangten Adressfamilie (%2).</translation>
    </message>
    <message>
        <source>The address family and the local address cannot be chosen through a proxy: the proxy dials the server.</source>
        <translation>Adressfamilie und lokale Adresse lassen sich über einen Proxy nicht wählen: Der Proxy verbindet sich mit dem Server.</translation>
    </message>
    <message>
        <source>A PROXY header cannot be sent through a proxy: it must name the server&apos;s address, which the proxy hides.</source>
        <translation>Ein PROXY-Header kann nicht über einen Proxy gesendet werden: Er muss die Adresse des Servers nennen, die der Proxy verbirgt.</translation>
    </message>
    <message>
        <source>LMTP has no HELO (RFC 2033): turn on the extended (ESMTP) option.</source>
        <translation>LMTP kennt kein HELO (RFC 2033): Schalten Sie die erweiterte Option (ESMTP) ein.</translation>
    </message>
    <message>
        <source>XCLIENT needs EHLO: turn on the extended (ESMTP) option.</source>
        <translation>XCLIENT braucht EHLO: Schalten Sie die erweiterte Option (ESMTP) ein.</translation>
    </message>
    <message>
        <source>A PROXY header needs the source address it claims (ADDRESS:PORT).</source>
        <translation>Ein PROXY-Header braucht die Quelladresse, die er angibt (ADRESSE:PORT).</translation>
    </message>
    <message>
        <source>The PROXY source is not usable: %1</source>
        <translation>Die PROXY-Quelle ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The local address &quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>Die lokale Adresse „%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The lowest TLS version (%1) is above the highest (%2).</source>
        <translation>Die niedrigste TLS-Version (%1) liegt über der höchsten (%2).</translation>
    </message>
    <message>
        <source>The cipher list holds a line break.</source>
        <translation>Die Cipher-Liste enthält einen Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>CramMd5Mechanism</name>
    <message>
        <source>The server sent a second CRAM-MD5 challenge; RFC 2195 defines only one.</source>
        <translation>Der Server hat eine zweite CRAM-MD5-Challenge gesendet; RFC 2195 sieht nur eine vor.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Der Server hat eine leere CRAM-MD5-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>Dialogue</name>
    <message>
        <source>Session to %1 port %2, security: %3, %4, timeout %5 s</source>
        <translation>Sitzung mit %1 Port %2, Sicherheit: %3, %4, Zeitlimit %5 s</translation>
    </message>
    <message>
        <source>ESMTP is turned on because port 587 is the submission port.</source>
        <translation>ESMTP ist eingeschaltet, weil Port 587 der Einlieferungsport ist.</translation>
    </message>
    <message>
        <source>TRUSTED SITE: the server certificate will NOT be validated. Anyone between you and the server can read and change this session. Use this only for diagnosis.</source>
        <translation>VERTRAUENSWÜRDIGE GEGENSTELLE: das Serverzertifikat wird NICHT geprüft. Jeder zwischen Ihnen und dem Server kann diese Sitzung mitlesen und verändern. Nur zur Diagnose verwenden.</translation>
    </message>
    <message>
        <source>Tunnel: the certificate is checked for, and SNI names, %1.</source>
        <translation>Tunnel: das Zertifikat wird auf %1 geprüft, und SNI nennt %1.</translation>
    </message>
    <message>
        <source>The connection failed while %1: %2</source>
        <translation>Die Verbindung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Starting TLS (implicit) with %1 …</source>
        <translation>TLS (implizit) mit %1 wird gestartet …</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2 (%3 bits)</source>
        <translation>TLS aufgebaut: %1, Cipher %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>Server certificate: %1, issued by %2, valid until %3 (%4 days left)</source>
        <translation>Serverzertifikat: %1, ausgestellt von %2, gültig bis %3 (noch %4 Tage)</translation>
    </message>
    <message>
        <source>Client certificate presented.</source>
        <translation>Client-Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>Certificate verified for %1.</source>
        <translation>Zertifikat geprüft für %1.</translation>
    </message>
    <message>
        <source>The certificate names %1 only in its subject&apos;s CN and has no DNS subjectAltName; RFC 6125 deprecates this and some clients refuse it.</source>
        <translation>Das Zertifikat nennt %1 nur im CN seines Subjekts und hat keinen DNS-subjectAltName; RFC 6125 rät davon ab, und manche Clients lehnen es ab.</translation>
    </message>
    <message>
        <source>TRUSTED SITE: certificate validation failed and was ignored: %1</source>
        <translation>VERTRAUENSWÜRDIGE GEGENSTELLE: die Zertifikatsprüfung ist fehlgeschlagen und wurde ignoriert: %1</translation>
    </message>
    <message>
        <source>The server requires a client certificate.</source>
        <translation>Der Server verlangt ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The server ended TLS with an alert: %1.%2</source>
        <translation>Der Server hat TLS mit einem Alert beendet: %1.%2</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server did not answer in TLS: does this port expect plaintext or STARTTLS instead of implicit TLS?</source>
        <translation>Der Server hat nicht in TLS geantwortet: erwartet dieser Port Klartext oder STARTTLS statt implizitem TLS?</translation>
    </message>
    <message>
        <source>The server sent malformed data while %1: %2</source>
        <translation>Der Server hat fehlerhafte Daten gesendet (%1): %2</translation>
    </message>
    <message>
        <source>STARTTLS response injection: the server sent data after its 220 reply and before the TLS handshake. The session is stopped without another byte.</source>
        <translation>STARTTLS-Antwortinjektion: der Server hat nach seiner 220-Antwort und vor dem TLS-Handshake Daten gesendet. Die Sitzung wird ohne ein weiteres Byte beendet.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS and sent further replies behind the refusal that nothing asked for. The session is stopped without another byte.</source>
        <translation>Der Server hat STARTTLS abgelehnt und hinter der Ablehnung weitere Antworten gesendet, nach denen nichts gefragt hat. Die Sitzung wird ohne ein weiteres Byte beendet.</translation>
    </message>
    <message>
        <source>The server sent more than one reply to one command; the session is out of step and is stopped.</source>
        <translation>Der Server hat auf einen Befehl mehr als eine Antwort gesendet; die Sitzung ist aus dem Takt und wird beendet.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>in the middle of a reply while %1</source>
        <translation>mitten in einer Antwort, %1</translation>
    </message>
    <message>
        <source>while %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation>Der Server hat die Verbindung geschlossen (%1).</translation>
    </message>
    <message>
        <source>Resolving %1 took longer than %2 s.</source>
        <translation>Das Auflösen von %1 hat länger als %2 s gedauert.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 took longer than %3 s (no answer: a firewall may drop the packets).</source>
        <translation>Der Verbindungsaufbau zu %1 Port %2 hat länger als %3 s gedauert (keine Antwort: eine Firewall verwirft die Pakete vielleicht).</translation>
    </message>
    <message>
        <source>Connected, but the server sent no greeting within %1 s.</source>
        <translation>Verbunden, aber der Server hat innerhalb von %1 s keine Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>If this port expects implicit TLS (usually 465), choose the implicit TLS security mode.</source>
        <translation>Wenn dieser Port implizites TLS erwartet (meist 465), wählen Sie den Sicherheitsmodus implizites TLS.</translation>
    </message>
    <message>
        <source>No reply to QUIT within %1 s; closing.</source>
        <translation>Keine Antwort auf QUIT innerhalb von %1 s; die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>No reply within %1 s while %2.</source>
        <translation>Keine Antwort innerhalb von %1 s (%2).</translation>
    </message>
    <message>
        <source>The session as a whole took longer than %1 s while %2; it is stopped.</source>
        <translation>Die Sitzung als Ganzes dauerte länger als %1 s, während %2; sie wird beendet.</translation>
    </message>
    <message>
        <source>EHLO: %1</source>
        <translation>EHLO: %1</translation>
    </message>
    <message>
        <source>The server offers STARTTLS again after TLS was established (RFC 3207 §4.2 forbids it); it is not used again.</source>
        <translation>Der Server bietet STARTTLS nach dem Aufbau von TLS erneut an (RFC 3207 §4.2 verbietet das); es wird nicht noch einmal verwendet.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS (possible stripping by someone in the middle). STARTTLS is required, so the session stops without sending anything else.</source>
        <translation>Der Server hat STARTTLS nicht angeboten (möglicherweise von jemandem dazwischen entfernt). STARTTLS ist verlangt, daher endet die Sitzung, ohne etwas anderes zu senden.</translation>
    </message>
    <message>
        <source>Starting TLS with %1 …</source>
        <translation>TLS mit %1 wird gestartet …</translation>
    </message>
    <message>
        <source>Ready for commands.</source>
        <translation>Bereit für Befehle.</translation>
    </message>
    <message>
        <source>Refused to send a command: %1</source>
        <translation>Senden eines Befehls verweigert: %1</translation>
    </message>
    <message>
        <source>%1 The end of the message had been sent, so the server may have accepted it: the delivery is unknown. It is not sent again; check the recipient&apos;s mailbox or the server&apos;s log before sending it once more.</source>
        <translation>%1 Das Ende der Nachricht war gesendet, der Server hat sie also vielleicht angenommen: Die Zustellung ist ungewiss. Sie wird nicht erneut gesendet; prüfen Sie das Postfach des Empfängers oder das Protokoll des Servers, bevor Sie sie noch einmal senden.</translation>
    </message>
    <message>
        <source>Session finished.</source>
        <translation>Sitzung beendet.</translation>
    </message>
    <message>
        <source>the TLS handshake ran</source>
        <translation>während des TLS-Handshakes</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>beim Warten auf die Begrüßung</translation>
    </message>
    <message>
        <source>waiting for the reply to EHLO</source>
        <translation>beim Warten auf die Antwort auf EHLO</translation>
    </message>
    <message>
        <source>waiting for the reply to HELO</source>
        <translation>beim Warten auf die Antwort auf HELO</translation>
    </message>
    <message>
        <source>waiting for the reply to STARTTLS</source>
        <translation>beim Warten auf die Antwort auf STARTTLS</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>bei der Authentifizierung</translation>
    </message>
    <message>
        <source>waiting for the reply to MAIL FROM</source>
        <translation>beim Warten auf die Antwort auf MAIL FROM</translation>
    </message>
    <message>
        <source>waiting for the reply to RCPT TO</source>
        <translation>beim Warten auf die Antwort auf RCPT TO</translation>
    </message>
    <message>
        <source>waiting for the reply to DATA</source>
        <translation>beim Warten auf die Antwort auf DATA</translation>
    </message>
    <message>
        <source>waiting for the reply to the message</source>
        <translation>beim Warten auf die Antwort auf die Nachricht</translation>
    </message>
    <message>
        <source>waiting for the reply to QUIT</source>
        <translation>beim Warten auf die Antwort auf QUIT</translation>
    </message>
    <message>
        <source>waiting for the reply to %1</source>
        <translation>beim Warten auf die Antwort auf %1</translation>
    </message>
    <message>
        <source>no reply was due</source>
        <translation>als keine Antwort ausstand</translation>
    </message>
    <message>
        <source>%1 … (incomplete line, %2 bytes, no line end)</source>
        <translation>%1 … (unvollständige Zeile, %2 Bytes, kein Zeilenende)</translation>
    </message>
    <message>
        <source>Not sent: the session is busy (%1).</source>
        <translation>Nicht gesendet: die Sitzung ist beschäftigt (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: credentials go only over TLS with a validated certificate, unless the profile allows plaintext authentication (RFC 8314 §5).</source>
        <translation>Nicht gesendet: Zugangsdaten gehen nur über TLS mit geprüftem Zertifikat, außer das Profil erlaubt Klartext-Authentifizierung (RFC 8314 §5).</translation>
    </message>
    <message>
        <source>The server answered 354 to %1; only DATA may get it. Lines are still sent as commands.</source>
        <translation>Der Server hat auf %1 mit 354 geantwortet; das darf nur DATA bekommen. Zeilen werden weiter als Befehle gesendet.</translation>
    </message>
    <message>
        <source>Authenticated.</source>
        <translation>Authentifiziert.</translation>
    </message>
    <message>
        <source>Type the message; a line with a single dot ends it.</source>
        <translation>Geben Sie die Nachricht ein; eine Zeile mit einem einzelnen Punkt beendet sie.</translation>
    </message>
    <message>
        <source>Not sent: the message has no recipient.</source>
        <translation>Nicht gesendet: die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The session was cancelled.</source>
        <translation>Die Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Test: credentials are not sent without TLS and a validated certificate (RFC 8314 §5.1); the test ends after capability discovery.</source>
        <translation>Test: Ohne TLS und geprüftes Zertifikat werden keine Zugangsdaten gesendet (RFC 8314 §5.1); der Test endet nach der Abfrage der Fähigkeiten.</translation>
    </message>
    <message>
        <source>the server certificate was not validated (trusted site)</source>
        <translation>das Serverzertifikat nicht geprüft wurde (vertrauenswürdige Gegenstelle)</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>die Verbindung nicht verschlüsselt ist</translation>
    </message>
    <message>
        <source>Credentials were not sent: %1. Use STARTTLS or implicit TLS with a valid certificate, or allow plaintext authentication for this profile (test servers only).</source>
        <translation>Zugangsdaten wurden nicht gesendet, weil %1. Verwenden Sie STARTTLS oder implizites TLS mit einem gültigen Zertifikat, oder erlauben Sie Klartext-Authentifizierung für dieses Profil (nur für Testserver).</translation>
    </message>
    <message>
        <source>PLAINTEXT AUTHENTICATION ALLOWED: credentials are sent although %1. Anyone on the path can read the password and the messages.</source>
        <translation>KLARTEXT-AUTHENTIFIZIERUNG ERLAUBT: Zugangsdaten werden gesendet, obwohl %1. Jeder auf dem Weg kann das Passwort und die Nachrichten lesen.</translation>
    </message>
    <message>
        <source>The server offers no authentication (no AUTH in its EHLO reply).</source>
        <translation>Der Server bietet keine Authentifizierung an (kein AUTH in seiner EHLO-Antwort).</translation>
    </message>
    <message>
        <source>The server offers no mechanism this client supports with a password: %1.</source>
        <translation>Der Server bietet keinen Mechanismus an, den dieser Client mit einem Passwort unterstützt: %1.</translation>
    </message>
    <message>
        <source>Authenticating with %1, the strongest mechanism both sides offer.</source>
        <translation>Authentifizierung mit %1, dem stärksten Mechanismus, den beide Seiten anbieten.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers: %2.</source>
        <translation>Der Server bietet %1 nicht an; er bietet: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The server does not offer %1; trying it anyway as asked.</source>
        <translation>Der Server bietet %1 nicht an; es wird trotzdem wie gewünscht versucht.</translation>
    </message>
    <message>
        <source>Cannot authenticate with %1: %2</source>
        <translation>Authentifizierung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server sagt: %1</translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2.</source>
        <translation>Als %1 mit %2 authentifiziert.</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation>Authentifizierung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The sender address is not usable: %1</source>
        <translation>Die Absenderadresse ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The recipient %1 is not usable: %2</source>
        <translation>Der Empfänger %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>SMTP Workbench test message</source>
        <translation>SMTP-Workbench-Testnachricht</translation>
    </message>
    <message>
        <source>The message cannot be sent to this server: %1</source>
        <translation>Die Nachricht kann an diesen Server nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s SIZE limit (%2 bytes).</source>
        <translation>Die Nachricht (%1 Bytes) ist größer als die SIZE-Grenze des Servers (%2 Bytes).</translation>
    </message>
    <message>
        <source>The server offers PIPELINING: MAIL, RCPT and DATA are sent together (RFC 2920).</source>
        <translation>Der Server bietet PIPELINING an: MAIL, RCPT und DATA werden zusammen gesendet (RFC 2920).</translation>
    </message>
    <message>
        <source>The server offers PIPELINING: MAIL and RCPT are sent together (RFC 2920).</source>
        <translation>Der Server bietet PIPELINING an: MAIL und RCPT werden zusammen gesendet (RFC 2920).</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <translation>Empfänger %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Unexpected reply to RCPT TO: %1</source>
        <translation>Unerwartete Antwort auf RCPT TO: %1</translation>
    </message>
    <message>
        <source>The server accepted none of the recipients (last reply: %1).</source>
        <translation>Der Server hat keinen der Empfänger angenommen (letzte Antwort: %1).</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of message data)</source>
        <translation>
            <numerusform>(%n Byte Nachrichtendaten)</numerusform>
            <numerusform>(%n Bytes Nachrichtendaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(message data: %n line(s), %1 bytes, then &quot;.&quot;)</source>
        <translation>
            <numerusform>(Nachrichtendaten: %n Zeile, %1 Bytes, dann „.“)</numerusform>
            <numerusform>(Nachrichtendaten: %n Zeilen, %1 Bytes, dann „.“)</numerusform>
        </translation>
    </message>
    <message>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Message accepted for %n recipient(s): %1</source>
        <translation>
            <numerusform>Nachricht für %n Empfänger angenommen: %1</numerusform>
            <numerusform>Nachricht für %n Empfänger angenommen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server and this program share no TLS version: this program offers TLS 1.2 and later (RFC 8996).</source>
        <translation>Der Server und dieses Programm haben keine gemeinsame TLS-Version: Dieses Programm bietet TLS 1.2 und neuer an (RFC 8996).</translation>
    </message>
    <message>
        <source>The server took none of the message text for %1 s (it stopped reading).</source>
        <translation>Der Server hat %1 s lang nichts vom Nachrichtentext angenommen (er hat aufgehört zu lesen).</translation>
    </message>
    <message>
        <source>sending the message text</source>
        <translation>Senden des Nachrichtentexts</translation>
    </message>
    <message>
        <source>The server replied before the message text was complete: %1</source>
        <translation>Der Server hat geantwortet, bevor der Nachrichtentext vollständig war: %1</translation>
    </message>
    <message>
        <source>The server does not offer XCLIENT (Postfix offers it only to the hosts in smtpd_authorized_xclient_hosts), so the XCLIENT attributes were not sent.</source>
        <translation>Der Server bietet XCLIENT nicht an (Postfix bietet es nur den Hosts in smtpd_authorized_xclient_hosts an), daher wurden die XCLIENT-Attribute nicht gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s XCLIENT does not list %1; it may refuse the command.</source>
        <translation>Das XCLIENT des Servers nennt %1 nicht; er könnte den Befehl ablehnen.</translation>
    </message>
    <message>
        <source>XCLIENT was refused: %1</source>
        <translation>XCLIENT wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>XCLIENT accepted; greeting the server again as the client it now stands for.</source>
        <translation>XCLIENT angenommen; der Server wird erneut begrüßt, als der Client, für den die Verbindung nun steht.</translation>
    </message>
    <message>
        <source>waiting for the reply to LHLO</source>
        <translation>beim Warten auf die Antwort auf LHLO</translation>
    </message>
    <message>
        <source>waiting for the reply to XCLIENT</source>
        <translation>beim Warten auf die Antwort auf XCLIENT</translation>
    </message>
    <message>
        <source>Delivery to %1 refused: %2</source>
        <translation>Zustellung an %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Unexpected reply to the message for %1: %2</source>
        <translation>Unerwartete Antwort auf die Nachricht für %1: %2</translation>
    </message>
    <message>
        <source>The server delivered the message to none of the recipients (last reply: %1).</source>
        <translation>Der Server hat die Nachricht keinem der Empfänger zugestellt (letzte Antwort: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Message delivered to %1 of %n recipient(s).</source>
        <translation>
            <numerusform>Nachricht an %1 von %n Empfänger zugestellt.</numerusform>
            <numerusform>Nachricht an %1 von %n Empfängern zugestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This program offered TLS %1 to %2, as asked.</source>
        <translation>Dieses Programm hat wie verlangt TLS %1 bis %2 angeboten.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS; the session goes on in plaintext, as opportunistic TLS allows. Anyone on the path can read and change it, and could have removed the offer.</source>
        <translation>Der Server hat STARTTLS nicht angeboten; die Sitzung läuft im Klartext weiter, wie opportunistisches TLS es erlaubt. Jeder auf dem Weg kann sie lesen und ändern und könnte das Angebot entfernt haben.</translation>
    </message>
</context>
<context>
    <name>DomainCheckForm</name>
    <message>
        <source>Check:</source>
        <translation>Prüfen:</translation>
    </message>
    <message>
        <source>A mail &amp;domain (its MX records)</source>
        <translation>Eine Mail-&amp;Domain (ihre MX-Einträge)</translation>
    </message>
    <message>
        <source>One &amp;host</source>
        <translation>Ein &amp;Host</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Domain or host</source>
        <translation>Domain oder Host</translation>
    </message>
    <message>
        <source>Modes:</source>
        <translation>Modi:</translation>
    </message>
    <message>
        <source>Every &amp;mode: 25 plain, 25 STARTTLS, 587 STARTTLS, 465 implicit TLS</source>
        <translation>Jeder &amp;Modus: 25 unverschlüsselt, 25 STARTTLS, 587 STARTTLS, 465 implizites TLS</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>The system&apos;s resolvers; or ADDRESS or ADDRESS@PORT</source>
        <translation>Die Resolver des Systems; oder ADRESSE oder ADRESSE@PORT</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted besides the system&apos;s</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen neben denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA-Datei wählen</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code such as 5.7.0 (class 2, 4 or 5, then subject and detail of one to three digits).</source>
        <translation>„%1“ ist kein erweiterter Statuscode wie 5.7.0 (Klasse 2, 4 oder 5, dann Betreff und Detail mit je ein bis drei Ziffern).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code such as 250 or 2xx (three characters, the first 2 to 5, the others digits or x), nor an enhanced status code such as 5.7.0.</source>
        <translation>„%1“ ist weder ein Antwortcode wie 250 oder 2xx (drei Zeichen, das erste 2 bis 5, die anderen Ziffern oder x) noch ein erweiterter Statuscode wie 5.7.0.</translation>
    </message>
    <message>
        <source>expect needs a reply code, such as &quot;expect 250&quot; or &quot;expect 2xx ~ ready&quot;.</source>
        <translation>expect braucht einen Antwortcode, etwa „expect 250“ oder „expect 2xx ~ ready“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty alternative: join codes with one &quot;|&quot;, as in 250|251.</source>
        <translation>„%1“ enthält eine leere Alternative: Verbinden Sie Codes mit einem einzelnen „|“, wie in 250|251.</translation>
    </message>
    <message>
        <source>Nothing follows &quot;~&quot;: write the regular expression the reply&apos;s text must match.</source>
        <translation>Nach „~“ folgt nichts: Geben Sie den regulären Ausdruck an, auf den der Text der Antwort passen muss.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1: %2 did not hold: the server replied %3</source>
        <translation>%1: %2 traf nicht zu: Der Server antwortete %3</translation>
    </message>
    <message>
        <source>%1: %2 did not hold: the server replied %3, whose code matches but whose text does not match the regular expression</source>
        <translation>%1: %2 traf nicht zu: Der Server antwortete %3; der Code passt, aber der Text passt nicht auf den regulären Ausdruck</translation>
    </message>
    <message>
        <source>%1: %2 holds for the reply %3</source>
        <translation>%1: %2 trifft für die Antwort %3 zu</translation>
    </message>
</context>
<context>
    <name>ExpectationCheck</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>* %1: expect %2: held (%3)</source>
        <translation>* %1: expect %2: zugetroffen (%3)</translation>
    </message>
    <message>
        <source>! %1: expect %2: did not hold (%3)</source>
        <translation>! %1: expect %2: nicht zugetroffen (%3)</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Interactive SMTP client for testing mail servers.</source>
        <translation>Interaktiver SMTP-Client zum Testen von Mailservern.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Show the window in language &lt;code&gt; (for example de, fr or en) instead of the one chosen in the preferences or the system&apos;s.</source>
        <translation>Das Fenster in der Sprache &lt;code&gt; anzeigen (zum Beispiel de, fr oder en) statt in der in den Einstellungen gewählten oder der des Systems.</translation>
    </message>
    <message>
        <source>Connect the saved profile &lt;name&gt; at start: the exact name, else any case, or Folder/Name (as the command line&apos;s --profile).</source>
        <translation>Beim Start das gespeicherte Profil &lt;name&gt; verbinden: der genaue Name, sonst ohne Beachtung der Groß-/Kleinschreibung, oder Ordner/Name (wie --profile der Kommandozeile).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>LoginMechanism</name>
    <message>
        <source>The server sent a third LOGIN challenge after the user name and password.</source>
        <translation>Der Server hat nach Benutzername und Passwort eine dritte LOGIN-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>This is a test message sent by SMTP Workbench.

Profile: %1
Sent: %2
</source>
        <translation>Dies ist eine von SMTP Workbench gesendete Testnachricht.

Profil: %1
Gesendet: %2
</translation>
    </message>
    <message>
        <source>The message contains NUL bytes, which many servers refuse or strip.</source>
        <translation>Die Nachricht enthält NUL-Bytes, die viele Server ablehnen oder entfernen.</translation>
    </message>
    <message>
        <source>The message has a line of %1 octets; servers may refuse lines over %2 octets.</source>
        <translation>Die Nachricht hat eine Zeile mit %1 Oktetten; Server können Zeilen über %2 Oktette ablehnen.</translation>
    </message>
    <message>
        <source>The message (%1 octets) is larger than the server&apos;s SIZE limit (%2).</source>
        <translation>Die Nachricht (%1 Oktette) ist größer als die SIZE-Grenze des Servers (%2).</translation>
    </message>
    <message>
        <source>The message contains 8-bit data, but the server does not advertise 8BITMIME.</source>
        <translation>Die Nachricht enthält 8-Bit-Daten, aber der Server bietet 8BITMIME nicht an.</translation>
    </message>
    <message>
        <source>An address is not ASCII, but the server does not advertise SMTPUTF8.</source>
        <translation>Eine Adresse ist nicht ASCII, aber der Server bietet SMTPUTF8 nicht an.</translation>
    </message>
    <message>
        <source>The DSN return type &quot;%1&quot; is neither FULL nor HDRS (RFC 3461 §4.3).</source>
        <translation>Der DSN-Rückgabetyp „%1“ ist weder FULL noch HDRS (RFC 3461 §4.3).</translation>
    </message>
    <message>
        <source>The DSN envelope ID may contain only printable ASCII characters.</source>
        <translation>Die DSN-Umschlagkennung darf nur druckbare ASCII-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The DSN envelope ID is longer than 100 characters (RFC 3461 §4.4).</source>
        <translation>Die DSN-Umschlagkennung ist länger als 100 Zeichen (RFC 3461 §4.4).</translation>
    </message>
    <message>
        <source>REQUIRETLS was asked for, but the server does not advertise it.</source>
        <translation>REQUIRETLS wurde angefordert, aber der Server bietet es nicht an.</translation>
    </message>
    <message>
        <source>REQUIRETLS needs a TLS connection with a validated server certificate (RFC 8689 §4.1).</source>
        <translation>REQUIRETLS braucht eine TLS-Verbindung mit geprüftem Serverzertifikat (RFC 8689 §4.1).</translation>
    </message>
    <message>
        <source>The DSN NOTIFY value &quot;%1&quot; has an empty item.</source>
        <translation>Der DSN-NOTIFY-Wert „%1“ hat einen leeren Eintrag.</translation>
    </message>
    <message>
        <source>The DSN NOTIFY value &quot;%1&quot; is not NEVER, SUCCESS, FAILURE or DELAY (RFC 3461 §4.1).</source>
        <translation>Der DSN-NOTIFY-Wert „%1“ ist nicht NEVER, SUCCESS, FAILURE oder DELAY (RFC 3461 §4.1).</translation>
    </message>
    <message>
        <source>The DSN NOTIFY value names %1 twice.</source>
        <translation>Der DSN-NOTIFY-Wert nennt %1 zweimal.</translation>
    </message>
    <message>
        <source>DSN NOTIFY=NEVER cannot be combined with other values (RFC 3461 §4.1).</source>
        <translation>DSN NOTIFY=NEVER kann nicht mit anderen Werten kombiniert werden (RFC 3461 §4.1).</translation>
    </message>
    <message>
        <source>Delivery status notifications (DSN) were asked for, but the server does not advertise DSN (RFC 3461).</source>
        <translation>Zustellungsbenachrichtigungen (DSN) wurden angefordert, aber der Server bietet DSN nicht an (RFC 3461).</translation>
    </message>
</context>
<context>
    <name>MessageComposition</name>
    <message>
        <source>The header field &quot;%1&quot; must read &quot;Name: value&quot;.</source>
        <translation>Das Kopffeld „%1“ muss „Name: Wert“ lauten.</translation>
    </message>
    <message>
        <source>The header field name &quot;%1&quot; may hold only printable ASCII characters without spaces (RFC 5322 §3.6.8).</source>
        <translation>Der Kopffeldname „%1“ darf nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten (RFC 5322 §3.6.8).</translation>
    </message>
    <message>
        <source>The header field %1 holds a line break (CR or LF).</source>
        <translation>Das Kopffeld %1 enthält einen Zeilenumbruch (CR oder LF).</translation>
    </message>
    <message>
        <source>The header field %1 holds a control character.</source>
        <translation>Das Kopffeld %1 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The header field %1 is set by the message&apos;s MIME structure and cannot be given.</source>
        <translation>Das Kopffeld %1 wird von der MIME-Struktur der Nachricht gesetzt und kann nicht angegeben werden.</translation>
    </message>
    <message>
        <source>The header field %1 is longer than %2 characters (RFC 5322 §2.1.1).</source>
        <translation>Das Kopffeld %1 ist länger als %2 Zeichen (RFC 5322 §2.1.1).</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Ein Anhang braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>Der Anhang %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The attachment %1 is a directory, not a file.</source>
        <translation>Der Anhang %1 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MiB.</source>
        <translation>Der Anhang %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Der Anhang %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <source>Inherited: %1</source>
        <translation>Geerbt: %1</translation>
    </message>
    <message>
        <source>The built-in subject</source>
        <translation>Der eingebaute Betreff</translation>
    </message>
    <message>
        <source>The built-in text</source>
        <translation>Der eingebaute Text</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, e.g. X-Campaign: 42</source>
        <translation>Ein „Name: Wert“ je Zeile, z. B. X-Campaign: 42</translation>
    </message>
    <message>
        <source>One file path per line</source>
        <translation>Ein Dateipfad je Zeile</translation>
    </message>
    <message>
        <source>No DSN; e.g. SUCCESS,FAILURE</source>
        <translation>Keine DSN; z. B. SUCCESS,FAILURE</translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation>Nicht angefordert</translation>
    </message>
    <message>
        <source>Inherited (%1)</source>
        <translation>Geerbt (%1)</translation>
    </message>
    <message>
        <source>FULL (the whole message)</source>
        <translation>FULL (die ganze Nachricht)</translation>
    </message>
    <message>
        <source>HDRS (headers only)</source>
        <translation>HDRS (nur Kopfzeilen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>MessageTextReader</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MessageTextScanner</name>
    <message>
        <source>cannot read the file %1: %2</source>
        <translation>die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>NagiosReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
</context>
<context>
    <name>OAuthBearerMechanism</name>
    <message>
        <source>The server sent an OAUTHBEARER challenge before the credentials.</source>
        <translation>Der Server hat vor den Zugangsdaten eine OAUTHBEARER-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent another OAUTHBEARER challenge after its error report.</source>
        <translation>Der Server hat nach seiner Fehlermeldung eine weitere OAUTHBEARER-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>OcspReport</name>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA kompromittiert</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <source>certificate hold</source>
        <translation>Zertifikat ausgesetzt</translation>
    </message>
    <message>
        <source>removed from CRL</source>
        <translation>aus der CRL entfernt</translation>
    </message>
    <message>
        <source>the response is malformed</source>
        <translation>die Antwort ist fehlerhaft</translation>
    </message>
    <message>
        <source>the responder gave no status (an error response)</source>
        <translation>der Responder gab keinen Status (eine Fehlerantwort)</translation>
    </message>
    <message>
        <source>the response is not signed by the certificate&apos;s issuer or a responder it delegated to</source>
        <translation>die Antwort ist weder vom Aussteller des Zertifikats noch von einem von ihm beauftragten Responder signiert</translation>
    </message>
    <message>
        <source>the response is about another certificate</source>
        <translation>die Antwort betrifft ein anderes Zertifikat</translation>
    </message>
    <message>
        <source>the response is out of date</source>
        <translation>die Antwort ist veraltet</translation>
    </message>
    <message>
        <source>OCSP: the server stapled no response.</source>
        <translation>OCSP: Der Server hat keine Antwort geheftet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OCSP: the stapled response cannot be trusted: %1. It claims: %2.</source>
        <translation>OCSP: Der gehefteten Antwort ist nicht zu trauen: %1. Sie behauptet: %2.</translation>
    </message>
    <message>
        <source>OCSP: %1, signed by %2 (response verified).</source>
        <translation>OCSP: %1, signiert von %2 (Antwort geprüft).</translation>
    </message>
</context>
<context>
    <name>PlainMechanism</name>
    <message>
        <source>authorization identity</source>
        <translation>Autorisierungsidentität</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The server sent another PLAIN challenge after the credentials.</source>
        <translation>Der Server hat nach den Zugangsdaten eine weitere PLAIN-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent a non-empty PLAIN challenge, which RFC 4616 does not define.</source>
        <translation>Der Server hat eine nicht leere PLAIN-Challenge gesendet, die RFC 4616 nicht vorsieht.</translation>
    </message>
</context>
<context>
    <name>PolicyCheckDialog</name>
    <message>
        <source>Check Policy</source>
        <translation>Richtlinie prüfen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window and its messages. The system default follows the desktop&apos;s language settings.</source>
        <translation>Die Sprache des Fensters und seiner Meldungen. Die Systemvorgabe folgt den Spracheinstellungen der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>The new language is used the next time SMTP Workbench starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von SMTP Workbench.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>&amp;Time stamps:</source>
        <translation>&amp;Zeitstempel:</translation>
    </message>
    <message>
        <source>Time stamp format</source>
        <translation>Format der Zeitstempel</translation>
    </message>
    <message>
        <source>How transcript lines are stamped: time since the session started, or the time of day.</source>
        <translation>Wie die Zeilen des Transkripts gestempelt werden: Zeit seit Beginn der Sitzung oder Uhrzeit.</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Relative Zeit</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the desktop&apos;s, or light or dark whatever the desktop uses. Applies at once.</source>
        <translation>Die Farben des Fensters: die der Arbeitsumgebung, oder hell bzw. dunkel unabhängig von ihr. Gilt sofort.</translation>
    </message>
</context>
<context>
    <name>ProbeSelection</name>
    <message>
        <source>--probe needs probe names separated by commas: %1 or all.</source>
        <translation>--probe braucht durch Kommas getrennte Probe-Namen: %1 oder all.</translation>
    </message>
    <message>
        <source>Unknown probe &quot;%1&quot;; the probes are %2, and all.</source>
        <translation>Unbekannte Probe „%1“; die Probes sind %2 und all.</translation>
    </message>
</context>
<context>
    <name>ProbeVerdicts</name>
    <message>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>tls-versions is judged from handshakes, not from replies.</source>
        <translation>tls-versions wird nach den TLS-Handshakes beurteilt, nicht nach den Antworten.</translation>
    </message>
    <message>
        <source>The connection uses TLS from its first byte (implicit TLS): there is no plaintext phase to check.</source>
        <translation>Die Verbindung nutzt TLS ab dem ersten Byte (implizites TLS): Es gibt keine Klartextphase zu prüfen.</translation>
    </message>
    <message>
        <source> It does not even offer STARTTLS, so every message travels in clear.</source>
        <translation> Er bietet nicht einmal STARTTLS an, also wird jede Nachricht im Klartext übertragen.</translation>
    </message>
    <message>
        <source>The server accepts MAIL FROM before STARTTLS (%1). On port 25 that is right for a public MX, which must accept mail without TLS (RFC 3207 §4); a server only your own users send to should require STARTTLS.%2</source>
        <translation>Der Server nimmt MAIL FROM vor STARTTLS an (%1). Auf Port 25 ist das für einen öffentlichen MX richtig, der Mails ohne TLS annehmen muss (RFC 3207 §4); ein Server, an den nur Ihre eigenen Benutzer senden, sollte STARTTLS verlangen.%2</translation>
    </message>
    <message>
        <source>The server accepts MAIL FROM before STARTTLS (%1): messages can travel in clear text. Refuse mail on port %2 until the client has started TLS.%3</source>
        <translation>Der Server nimmt MAIL FROM vor STARTTLS an (%1): Nachrichten können im Klartext übertragen werden. Lehnen Sie Mails auf Port %2 ab, bis der Client TLS gestartet hat.%3</translation>
    </message>
    <message>
        <source>The server refuses MAIL FROM before TLS (%1) but does not offer STARTTLS: no client can reach the TLS it asks for on this port.</source>
        <translation>Der Server lehnt MAIL FROM vor TLS ab (%1), bietet aber kein STARTTLS an: Kein Client kann auf diesem Port das verlangte TLS erreichen.</translation>
    </message>
    <message>
        <source>The server refuses MAIL FROM before STARTTLS (%1).</source>
        <translation>Der Server lehnt MAIL FROM vor STARTTLS ab (%1).</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused MAIL FROM:&lt;%1&gt; before STARTTLS, but not for want of TLS (%2). Run the probe with --from set to an address the server accepts.</source>
        <translation>Nicht eindeutig: Der Server hat MAIL FROM:&lt;%1&gt; vor STARTTLS abgelehnt, aber nicht wegen fehlenden TLS (%2). Führen Sie die Probe mit --from auf eine Adresse aus, die der Server annimmt.</translation>
    </message>
    <message>
        <source>Not conclusive: the server answered MAIL FROM with %1. Try again later.</source>
        <translation>Nicht eindeutig: Der Server hat MAIL FROM mit %1 beantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection uses TLS from its first byte (implicit TLS): nothing is offered before TLS.</source>
        <translation>Die Verbindung nutzt TLS ab dem ersten Byte (implizites TLS): Vor TLS wird nichts angeboten.</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused EHLO before TLS (%1), so what it offers there is unknown.</source>
        <translation>Nicht eindeutig: Der Server hat EHLO vor TLS abgelehnt (%1), daher ist unbekannt, was er dort anbietet.</translation>
    </message>
    <message>
        <source>The server advertises AUTH before TLS without naming a mechanism. Offer AUTH only after STARTTLS.</source>
        <translation>Der Server bietet AUTH vor TLS an, ohne einen Mechanismus zu nennen. Bieten Sie AUTH erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>The server offers no AUTH before TLS.</source>
        <translation>Der Server bietet vor TLS kein AUTH an.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS, with challenge-response mechanisms only (%1): no password travels in clear, but anyone on the path can try to guess it offline or strip the offer. Offer AUTH only after STARTTLS.</source>
        <translation>Der Server bietet AUTH vor TLS an, nur mit Challenge-Response-Mechanismen (%1): Kein Passwort wird im Klartext übertragen, aber jeder auf dem Weg kann versuchen, es offline zu erraten, oder das Angebot entfernen. Bieten Sie AUTH erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS (%1): a client that takes the offer sends its password or token in clear text, readable by anyone on the path. Offer AUTH only after STARTTLS.</source>
        <translation>Der Server bietet AUTH vor TLS an (%1): Ein Client, der das Angebot annimmt, sendet sein Passwort oder Token im Klartext, lesbar für jeden auf dem Weg. Bieten Sie AUTH erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused MAIL FROM:&lt;%1&gt; (%2) before a recipient could be tried. Probe again with --from set to an address the server accepts, or with --security starttls if it asks for TLS first.</source>
        <translation>Nicht eindeutig: Der Server hat MAIL FROM:&lt;%1&gt; abgelehnt (%2), bevor ein Empfänger versucht werden konnte. Wiederholen Sie die Probe mit --from auf eine Adresse, die der Server annimmt, oder mit --security starttls, falls er zuerst TLS verlangt.</translation>
    </message>
    <message>
        <source>Without AUTH, the server accepted RCPT TO:&lt;%1&gt; (%2): it relays to outside domains, or accepts now and bounces later to forged senders. Refuse recipients outside your own domains to clients that have not authenticated. (No message was sent: RSET followed.)</source>
        <translation>Ohne AUTH hat der Server RCPT TO:&lt;%1&gt; angenommen (%2): Er leitet an fremde Domains weiter (Relay) oder nimmt jetzt an und schickt später Bounces an gefälschte Absender. Lehnen Sie Empfänger außerhalb Ihrer eigenen Domains für nicht authentifizierte Clients ab. (Es wurde keine Nachricht gesendet: RSET folgte.)</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused RCPT TO:&lt;%1&gt; for its domain (%2), not as relaying. Probe again with an outside address whose domain accepts mail.</source>
        <translation>Nicht eindeutig: Der Server hat RCPT TO:&lt;%1&gt; für seine Domain abgelehnt (%2), nicht als Relaying. Wiederholen Sie die Probe mit einer externen Adresse, deren Domain Mails annimmt.</translation>
    </message>
    <message>
        <source>Without AUTH, the server refused RCPT TO:&lt;%1&gt; (%2): it does not relay.</source>
        <translation>Ohne AUTH hat der Server RCPT TO:&lt;%1&gt; abgelehnt (%2): Er ist kein offenes Relay.</translation>
    </message>
    <message>
        <source>Not conclusive: the server answered RCPT TO:&lt;%1&gt; with %2 (greylisting or a failed lookup?). Try again later.</source>
        <translation>Nicht eindeutig: Der Server hat RCPT TO:&lt;%1&gt; mit %2 beantwortet (Greylisting oder eine fehlgeschlagene Abfrage?). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>TLS %1 was not tried: this program&apos;s TLS library does not offer it (%2). Check with a client that still can, if you need to know.</source>
        <translation>TLS %1 wurde nicht versucht: Die TLS-Bibliothek dieses Programms bietet es nicht an (%2). Prüfen Sie es bei Bedarf mit einem Client, der es noch kann.</translation>
    </message>
    <message>
        <source>TLS %1 was not checked: %2</source>
        <translation>TLS %1 wurde nicht geprüft: %2</translation>
    </message>
    <message>
        <source>TLS %1 is accepted.</source>
        <translation>TLS %1 wird angenommen.</translation>
    </message>
    <message>
        <source>TLS %1 is accepted. RFC 8996 deprecates it; on a public MX it still beats plaintext for old senders (RFC 7435), so weigh turning it off.</source>
        <translation>TLS %1 wird angenommen. RFC 8996 erklärt es für veraltet; auf einem öffentlichen MX ist es für alte Absender immer noch besser als Klartext (RFC 7435), also wägen Sie das Abschalten ab.</translation>
    </message>
    <message>
        <source>TLS %1 is accepted, which RFC 8996 forbids: allow only TLS 1.2 and 1.3.</source>
        <translation>TLS %1 wird angenommen, was RFC 8996 verbietet: Erlauben Sie nur TLS 1.2 und 1.3.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>TLS %1 is refused%2, as RFC 8996 asks.</source>
        <translation>TLS %1 wird abgelehnt%2, wie RFC 8996 es verlangt.</translation>
    </message>
    <message>
        <source>TLS 1.3 is refused%1. RFC 9325 recommends it: it is faster and hides more of the handshake.</source>
        <translation>TLS 1.3 wird abgelehnt%1. RFC 9325 empfiehlt es: Es ist schneller und verbirgt mehr vom Handshake.</translation>
    </message>
    <message>
        <source>TLS 1.2 is refused%1, and TLS 1.3 too: no current client can use TLS with this server. Enable TLS 1.2 and 1.3.</source>
        <translation>TLS 1.2 wird abgelehnt%1, und TLS 1.3 ebenfalls: Kein aktueller Client kann mit diesem Server TLS nutzen. Aktivieren Sie TLS 1.2 und 1.3.</translation>
    </message>
    <message>
        <source>TLS 1.2 is refused%1: clients without TLS 1.3 cannot use TLS with this server. RFC 9325 asks servers to support TLS 1.2.</source>
        <translation>TLS 1.2 wird abgelehnt%1: Clients ohne TLS 1.3 können mit diesem Server kein TLS nutzen. RFC 9325 verlangt von Servern die Unterstützung von TLS 1.2.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How the profile is listed</source>
        <translation>Wie das Profil in der Liste erscheint</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Folder path, for example Customers/ACME</source>
        <translation>Ordnerpfad, zum Beispiel Kunden/ACME</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Name, IPv4 or IPv6 address of the server to dial</source>
        <translation>Name, IPv4- oder IPv6-Adresse des anzuwählenden Servers</translation>
    </message>
    <message>
        <source>mail.example.org, 192.0.2.1 or ::1</source>
        <translation>mail.example.org, 192.0.2.1 oder ::1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>0 uses the default port of the security mode</source>
        <translation>0 verwendet den Standardport des Sicherheitsmodus</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Submission profile (default port 587)</source>
        <translation>Einlieferungsprofil (Standardport 587)</translation>
    </message>
    <message>
        <source>A submission profile defaults to port 587</source>
        <translation>Ein Einlieferungsprofil verwendet standardmäßig Port 587</translation>
    </message>
    <message>
        <source>E&amp;xtended SMTP (EHLO)</source>
        <translation>&amp;Erweitertes SMTP (EHLO)</translation>
    </message>
    <message>
        <source>Off: HELO only. Always on for port 587.</source>
        <translation>Aus: nur HELO. Bei Port 587 immer an.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Bounds every wait: connect, TLS handshake, each reply</source>
        <translation>Begrenzt jedes Warten: Verbindungsaufbau, TLS-Handshake, jede Antwort</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>socks5://host:port or http://host:port</source>
        <translation>socks5://host:port oder http://host:port</translation>
    </message>
    <message>
        <source>&amp;Trusted site: do not validate the certificate</source>
        <translation>&amp;Vertrauenswürdige Gegenstelle: Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>The transcript warns, and the report still shows what would have failed</source>
        <translation>Das Transkript warnt, und der Bericht zeigt trotzdem, was fehlgeschlagen wäre</translation>
    </message>
    <message>
        <source>Ser&amp;ver name:</source>
        <translation>Servern&amp;ame:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Tunnel: the name verified in the certificate and sent as SNI</source>
        <translation>Tunnel: der im Zertifikat geprüfte und als SNI gesendete Name</translation>
    </message>
    <message>
        <source>Same as the host</source>
        <translation>Wie der Host</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted besides the system&apos;s</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen neben denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose file for ca file</source>
        <translation>Datei für die CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client certificate (PEM or PKCS#12)</source>
        <translation>Client-Zertifikat (PEM oder PKCS#12)</translation>
    </message>
    <message>
        <source>Choose file for client certificate</source>
        <translation>Datei für das Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Client key (PEM); empty when the certificate file holds it</source>
        <translation>Client-Schlüssel (PEM); leer, wenn die Zertifikatsdatei ihn enthält</translation>
    </message>
    <message>
        <source>Choose file for client key</source>
        <translation>Datei für den Client-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the profile file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Profildatei</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>&amp;Local name (EHLO):</source>
        <translation>&amp;Lokaler Name (EHLO):</translation>
    </message>
    <message>
        <source>Local name (EHLO)</source>
        <translation>Lokaler Name (EHLO)</translation>
    </message>
    <message>
        <source>This machine&apos;s name</source>
        <translation>Der Name dieses Rechners</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated, for example production, eu</source>
        <translation>Durch Kommas getrennt, zum Beispiel production, eu</translation>
    </message>
    <message>
        <source>&amp;Favourite (listed first)</source>
        <translation>&amp;Favorit (zuerst aufgeführt)</translation>
    </message>
    <message>
        <source>Favourites are listed at the top of the tree</source>
        <translation>Favoriten stehen oben in der Baumansicht</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Allow credentials without &amp;validated TLS</source>
        <translation>Zugangsdaten auch ohne &amp;geprüftes TLS erlauben</translation>
    </message>
    <message>
        <source>RFC 8314: only when you accept that the password may be read on the way</source>
        <translation>RFC 8314: nur, wenn Sie in Kauf nehmen, dass das Passwort unterwegs mitgelesen werden kann</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>sender@example.org</source>
        <translation>sender@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Comma-separated recipients</source>
        <translation>Empfänger, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Connect with these settings without saving them</source>
        <translation>Mit diesen Einstellungen verbinden, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>Bring the test&apos;s tab with its transcript to the front</source>
        <translation>Den Tab des Tests mit seinem Protokoll nach vorn holen</translation>
    </message>
    <message>
        <source>S&amp;NI name:</source>
        <translation>S&amp;NI-Name:</translation>
    </message>
    <message>
        <source>SNI name</source>
        <translation>SNI-Name</translation>
    </message>
    <message>
        <source>Send this name as SNI instead of the verified one; the certificate is still verified for the server name or host</source>
        <translation>Diesen Namen als SNI senden statt des geprüften; das Zertifikat wird weiter für den Servernamen oder Host geprüft</translation>
    </message>
    <message>
        <source>The verified name</source>
        <translation>Der geprüfte Name</translation>
    </message>
    <message>
        <source>Send no SNI (server name indication)</source>
        <translation>Keine SNI (Server Name Indication) senden</translation>
    </message>
    <message>
        <source>How does the server choose its certificate for a client that names no server?</source>
        <translation>Wie wählt der Server sein Zertifikat für einen Client, der keinen Server nennt?</translation>
    </message>
    <message>
        <source>Address fa&amp;mily:</source>
        <translation>Adress&amp;familie:</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>Dial only IPv4 or only IPv6 addresses of the host (-4, -6)</source>
        <translation>Nur IPv4- oder nur IPv6-Adressen des Hosts wählen (-4, -6)</translation>
    </message>
    <message>
        <source>Local a&amp;ddress:</source>
        <translation>Lokale A&amp;dresse:</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>The address of this machine the connection comes from (--bind)</source>
        <translation>Die Adresse dieses Rechners, von der die Verbindung ausgeht (--bind)</translation>
    </message>
    <message>
        <source>Chosen by the system</source>
        <translation>Vom System gewählt</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>Proto&amp;koll:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>LMTP greets with LHLO and answers the message once per recipient</source>
        <translation>LMTP grüßt mit LHLO und beantwortet die Nachricht einmal je Empfänger</translation>
    </message>
    <message>
        <source>PROXY header</source>
        <translation>PROXY-Header</translation>
    </message>
    <message>
        <source>A HAProxy PROXY protocol header sent before anything else, as a load balancer would</source>
        <translation>Ein HAProxy-PROXY-Protokoll-Header, vor allem anderen gesendet, wie es ein Load Balancer tut</translation>
    </message>
    <message>
        <source>PROXY so&amp;urce:</source>
        <translation>PROXY-&amp;Quelle:</translation>
    </message>
    <message>
        <source>PROXY source</source>
        <translation>PROXY-Quelle</translation>
    </message>
    <message>
        <source>The client address and port the PROXY header claims</source>
        <translation>Client-Adresse und Port, die der PROXY-Header angibt</translation>
    </message>
    <message>
        <source>192.0.2.1:4321 or [2001:db8::1]:4321</source>
        <translation>192.0.2.1:4321 oder [2001:db8::1]:4321</translation>
    </message>
    <message>
        <source>XCLIENT attri&amp;butes:</source>
        <translation>XCLIENT-Attri&amp;bute:</translation>
    </message>
    <message>
        <source>XCLIENT attributes</source>
        <translation>XCLIENT-Attribute</translation>
    </message>
    <message>
        <source>Postfix XCLIENT attributes sent after EHLO when the server offers XCLIENT, separated by spaces</source>
        <translation>Postfix-XCLIENT-Attribute, nach EHLO gesendet, wenn der Server XCLIENT anbietet, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>ADDR=192.0.2.1 NAME=client.example</source>
        <translation>ADDR=192.0.2.1 NAME=client.example</translation>
    </message>
    <message>
        <source>Lo&amp;west TLS version:</source>
        <translation>Nie&amp;drigste TLS-Version:</translation>
    </message>
    <message>
        <source>Lowest TLS version</source>
        <translation>Niedrigste TLS-Version</translation>
    </message>
    <message>
        <source>The lowest TLS version offered (--tls-min); below 1.2 only to test old servers</source>
        <translation>Die niedrigste angebotene TLS-Version (--tls-min); unter 1.2 nur, um alte Server zu testen</translation>
    </message>
    <message>
        <source>&amp;Highest TLS version:</source>
        <translation>&amp;Höchste TLS-Version:</translation>
    </message>
    <message>
        <source>Highest TLS version</source>
        <translation>Höchste TLS-Version</translation>
    </message>
    <message>
        <source>The highest TLS version offered (--tls-max)</source>
        <translation>Die höchste angebotene TLS-Version (--tls-max)</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>C&amp;ipher:</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>OpenSSL cipher names joined by &apos;:&apos; (--ciphers); TLS_… names are TLS 1.3 suites, the others ciphers of TLS 1.2 and earlier</source>
        <translation>OpenSSL-Cipher-Namen, durch „:“ verbunden (--ciphers); TLS_…-Namen sind TLS-1.3-Suites, die anderen Cipher von TLS 1.2 und älter</translation>
    </message>
    <message>
        <source>Ask for a stapled OCSP response</source>
        <translation>Nach einer gehefteten OCSP-Antwort fragen</translation>
    </message>
    <message>
        <source>Report the revocation status the server staples (--ocsp); a trusted response saying revoked refuses the certificate</source>
        <translation>Den vom Server gehefteten Sperrstatus melden (--ocsp); eine vertrauenswürdige Antwort „widerrufen“ lehnt das Zertifikat ab</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The subject of the built-in test message (--subject)</source>
        <translation>Der Betreff der eingebauten Testnachricht (--subject)</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The text of the built-in test message (--body)</source>
        <translation>Der Text der eingebauten Testnachricht (--body)</translation>
    </message>
    <message>
        <source>&amp;Header fields:</source>
        <translation>&amp;Kopfzeilen:</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>Extra header fields of the built-in message, one per line (--header)</source>
        <translation>Zusätzliche Kopfzeilen der eingebauten Nachricht, eine je Zeile (--header)</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>An&amp;hänge:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Files sent with the built-in message as base64 attachments, one path per line (--attach)</source>
        <translation>Dateien, die mit der eingebauten Nachricht als Base64-Anhänge gesendet werden, ein Pfad je Zeile (--attach)</translation>
    </message>
    <message>
        <source>DSN &amp;notify:</source>
        <translation>DSN-Be&amp;nachrichtigung:</translation>
    </message>
    <message>
        <source>DSN notify</source>
        <translation>DSN-Benachrichtigung</translation>
    </message>
    <message>
        <source>When the server should report delivery (RFC 3461 NOTIFY, --dsn): NEVER, or SUCCESS, FAILURE and DELAY joined by commas</source>
        <translation>Wann der Server über die Zustellung berichten soll (RFC 3461 NOTIFY, --dsn): NEVER, oder SUCCESS, FAILURE und DELAY mit Kommas verbunden</translation>
    </message>
    <message>
        <source>DSN &amp;return:</source>
        <translation>DSN-&amp;Rückgabe:</translation>
    </message>
    <message>
        <source>DSN return</source>
        <translation>DSN-Rückgabe</translation>
    </message>
    <message>
        <source>What a delivery report returns of the message (RFC 3461 RET, --dsn-ret)</source>
        <translation>Was ein Zustellbericht von der Nachricht zurückgibt (RFC 3461 RET, --dsn-ret)</translation>
    </message>
    <message>
        <source>En&amp;velope ID:</source>
        <translation>&amp;Umschlag-ID:</translation>
    </message>
    <message>
        <source>Envelope ID</source>
        <translation>Umschlag-ID</translation>
    </message>
    <message>
        <source>The envelope identifier delivery reports quote (RFC 3461 ENVID, --envid)</source>
        <translation>Die Umschlagkennung, die Zustellberichte zitieren (RFC 3461 ENVID, --envid)</translation>
    </message>
    <message>
        <source>Use PIPELINING when the server offers it</source>
        <translation>PIPELINING verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Send MAIL, RCPT and DATA as one group (RFC 2920); off is --no-pipelining</source>
        <translation>MAIL, RCPT und DATA als eine Gruppe senden (RFC 2920); aus entspricht --no-pipelining</translation>
    </message>
    <message>
        <source>Use CHUNKING (BDAT) when the server offers it</source>
        <translation>CHUNKING (BDAT) verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Send the message with BDAT (RFC 3030); off is --no-chunking</source>
        <translation>Die Nachricht mit BDAT senden (RFC 3030); aus entspricht --no-chunking</translation>
    </message>
    <message>
        <source>TLS key log</source>
        <translation>TLS-Key-Log</translation>
    </message>
    <message>
        <source>Append each session&apos;s TLS secrets to this file for Wireshark (--keylog). Anyone who can read it can decrypt the sessions, passwords included.</source>
        <translation>Die TLS-Geheimnisse jeder Sitzung für Wireshark an diese Datei anhängen (--keylog). Wer sie lesen kann, kann die Sitzungen entschlüsseln, Passwörter eingeschlossen.</translation>
    </message>
    <message>
        <source>None (no secrets written)</source>
        <translation>Keins (keine Geheimnisse geschrieben)</translation>
    </message>
    <message>
        <source>TLS key &amp;log:</source>
        <translation>TLS-Key-&amp;Log:</translation>
    </message>
    <message>
        <source>PROXY he&amp;ader:</source>
        <translation>PROXY-He&amp;ader:</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>&amp;Testen</translation>
    </message>
</context>
<context>
    <name>ProfileRunRecording</name>
    <message>
        <source>The profile file is read-only; the certificate was not remembered.</source>
        <translation>Die Profildatei ist schreibgeschützt; das Zertifikat wurde nicht gemerkt.</translation>
    </message>
</context>
<context>
    <name>ProxyHeader</name>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT.</source>
        <translation>„%1“ ist nicht ADRESSE:PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or a bracketed IPv6 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse und keine IPv6-Adresse in eckigen Klammern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a scope (%2), which the PROXY header cannot carry.</source>
        <translation>„%1“ hat einen Bereich (%2), den der PROXY-Header nicht tragen kann.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ReplyExplanation</name>
    <message>
        <source>Other undefined status</source>
        <translation>Sonstiger undefinierter Status</translation>
    </message>
    <message>
        <source>The server gives no detail; read its text.</source>
        <translation>Der Server nennt keine Einzelheiten; lesen Sie seinen Text.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Sonstiger Adressstatus</translation>
    </message>
    <message>
        <source>Something is wrong with an address; check the sender and recipients.</source>
        <translation>Mit einer Adresse stimmt etwas nicht; prüfen Sie Absender und Empfänger.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <source>The mailbox does not exist on this server: check the spelling of the recipient&apos;s local part.</source>
        <translation>Das Postfach existiert auf diesem Server nicht: Prüfen Sie die Schreibweise des lokalen Teils der Empfängeradresse.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Ungültige Zielsystemadresse</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is wrong or not handled here: check the domain and its MX records.</source>
        <translation>Die Domain des Empfängers ist falsch oder wird hier nicht bedient: Prüfen Sie die Domain und ihre MX-Einträge.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Ungültige Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <source>The recipient address is malformed: correct its syntax.</source>
        <translation>Die Empfängeradresse ist fehlerhaft: Korrigieren Sie ihre Syntax.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Zielpostfachadresse mehrdeutig</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox: use a more specific one.</source>
        <translation>Die Adresse passt auf mehr als ein Postfach: Verwenden Sie eine genauere.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <source>The recipient address was accepted.</source>
        <translation>Die Empfängeradresse wurde angenommen.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Zielpostfach umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>The recipient has moved: ask them for their new address.</source>
        <translation>Der Empfänger ist umgezogen: Fragen Sie ihn nach seiner neuen Adresse.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Ungültige Syntax der Absenderpostfachadresse</translation>
    </message>
    <message>
        <source>The sender address (MAIL FROM) is malformed: correct its syntax.</source>
        <translation>Die Absenderadresse (MAIL FROM) ist fehlerhaft: Korrigieren Sie ihre Syntax.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Ungültige Systemadresse des Absenders</translation>
    </message>
    <message>
        <source>The sender&apos;s domain cannot receive replies (no MX or address): use a sender domain that can.</source>
        <translation>Die Domain des Absenders kann keine Antworten empfangen (kein MX und keine Adresse): Verwenden Sie eine Absenderdomain, die es kann.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Nachricht an nicht konformes Mailsystem weitergeleitet</translation>
    </message>
    <message>
        <source>Delivered onward to a system that will not send delivery reports.</source>
        <translation>An ein System weitergeleitet, das keine Zustellberichte sendet.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>Empfängeradresse hat Null-MX</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain declares that it accepts no mail (RFC 7505): do not send there.</source>
        <translation>Die Domain des Empfängers erklärt, dass sie keine Mails annimmt (RFC 7505): Senden Sie nicht dorthin.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Sonstiger oder undefinierter Postfachstatus</translation>
    </message>
    <message>
        <source>The mailbox exists but something about it prevents delivery.</source>
        <translation>Das Postfach existiert, aber etwas daran verhindert die Zustellung.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>The mailbox is disabled: the recipient&apos;s administrator must enable it.</source>
        <translation>Das Postfach ist deaktiviert: Der Administrator des Empfängers muss es aktivieren.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota: they must make room.</source>
        <translation>Das Postfach des Empfängers hat sein Kontingent überschritten: Der Empfänger muss Platz schaffen.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>Nachrichtenlänge überschreitet administratives Limit</translation>
    </message>
    <message>
        <source>The message is larger than this mailbox accepts: send a smaller one.</source>
        <translation>Die Nachricht ist größer, als dieses Postfach annimmt: Senden Sie eine kleinere.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Mailingliste</translation>
    </message>
    <message>
        <source>The recipient is a list that could not be expanded: tell its owner.</source>
        <translation>Der Empfänger ist eine Liste, die nicht aufgelöst werden konnte: Informieren Sie ihren Eigentümer.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Sonstiger oder undefinierter Mailsystemstatus</translation>
    </message>
    <message>
        <source>The receiving system has a problem of its own: its administrator must look.</source>
        <translation>Das empfangende System hat ein eigenes Problem: Sein Administrator muss nachsehen.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>The server is out of storage: try later, or tell its administrator.</source>
        <translation>Dem Server fehlt Speicherplatz: Versuchen Sie es später, oder informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>System nimmt keine Netzwerknachrichten an</translation>
    </message>
    <message>
        <source>The server is not taking mail now (maintenance or shutdown): try later.</source>
        <translation>Der Server nimmt gerade keine Mails an (Wartung oder Herunterfahren): Versuchen Sie es später.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>System unterstützt die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>A feature the message asks for is not supported here: send it without that feature.</source>
        <translation>Eine Funktion, die die Nachricht verlangt, wird hier nicht unterstützt: Senden Sie sie ohne diese Funktion.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>The message exceeds the server&apos;s size limit (see SIZE in EHLO).</source>
        <translation>Die Nachricht überschreitet die Größengrenze des Servers (siehe SIZE in EHLO).</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>The server says it is misconfigured: its administrator must fix it.</source>
        <translation>Der Server meldet, dass er falsch konfiguriert ist: Sein Administrator muss das beheben.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>Angeforderte Priorität wurde geändert</translation>
    </message>
    <message>
        <source>Accepted, but at another priority than the one asked for (RFC 6710).</source>
        <translation>Angenommen, aber mit einer anderen als der angeforderten Priorität (RFC 6710).</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Sonstiger oder undefinierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <source>A network or routing problem further on: check the route to the domain.</source>
        <translation>Ein Netzwerk- oder Routingproblem weiter hinten: Prüfen Sie den Weg zur Domain.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>The next server did not answer: check that it runs and is reachable.</source>
        <translation>Der nächste Server hat nicht geantwortet: Prüfen Sie, ob er läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Fehlerhafte Verbindung</translation>
    </message>
    <message>
        <source>The connection broke during delivery: try again.</source>
        <translation>Die Verbindung ist während der Zustellung abgebrochen: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>A lookup the server needs failed (DNS, LDAP): a temporary fault on its side; try later.</source>
        <translation>Eine Abfrage, die der Server braucht, ist fehlgeschlagen (DNS, LDAP): ein vorübergehender Fehler auf seiner Seite; versuchen Sie es später.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routing nicht möglich</translation>
    </message>
    <message>
        <source>The server found no way to the destination: check the domain&apos;s MX and address records.</source>
        <translation>Der Server hat keinen Weg zum Ziel gefunden: Prüfen Sie die MX- und Adresseinträge der Domain.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <source>The server is overloaded or limits your rate: slow down and try later.</source>
        <translation>Der Server ist überlastet oder begrenzt Ihre Rate: Senden Sie langsamer und versuchen Sie es später.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <source>The message went round in circles between servers: fix the forwarding or MX setup.</source>
        <translation>Die Nachricht ist zwischen Servern im Kreis gelaufen: Korrigieren Sie die Weiterleitung oder die MX-Einrichtung.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>The message could not be delivered in time and was given up.</source>
        <translation>Die Nachricht konnte nicht rechtzeitig zugestellt werden und wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Sonstiger oder undefinierter Protokollstatus</translation>
    </message>
    <message>
        <source>The server did not like the exchange: read its text.</source>
        <translation>Der Server hat den Austausch beanstandet: Lesen Sie seinen Text.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>The command is unknown or not allowed at this point of the session.</source>
        <translation>Der Befehl ist unbekannt oder an dieser Stelle der Sitzung nicht erlaubt.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>The command&apos;s syntax is wrong: check its spelling and arguments.</source>
        <translation>Die Syntax des Befehls ist falsch: Prüfen Sie Schreibweise und Argumente.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>The message has more recipients than allowed: send it in smaller batches.</source>
        <translation>Die Nachricht hat mehr Empfänger als erlaubt: Senden Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>A parameter of the command is not accepted: drop or correct it (e.g. an unadvertised option).</source>
        <translation>Ein Parameter des Befehls wird nicht akzeptiert: Lassen Sie ihn weg oder korrigieren Sie ihn (z. B. eine nicht angebotene Option).</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>The server expects another protocol version (e.g. EHLO instead of HELO).</source>
        <translation>Der Server erwartet eine andere Protokollversion (z. B. EHLO statt HELO).</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <translation>Zeile des Authentifizierungsaustauschs ist zu lang</translation>
    </message>
    <message>
        <source>An AUTH line is longer than the server accepts: use a shorter token or another mechanism.</source>
        <translation>Eine AUTH-Zeile ist länger, als der Server annimmt: Verwenden Sie ein kürzeres Token oder einen anderen Mechanismus.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Sonstiger oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <source>Something about the message&apos;s content is refused.</source>
        <translation>Etwas am Inhalt der Nachricht wird abgelehnt.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Medium nicht unterstützt</translation>
    </message>
    <message>
        <source>The content type or an attachment is refused: send other content.</source>
        <translation>Der Inhaltstyp oder ein Anhang wird abgelehnt: Senden Sie anderen Inhalt.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Konvertierung erforderlich, aber untersagt</translation>
    </message>
    <message>
        <source>The content would have to be converted, which was forbidden.</source>
        <translation>Der Inhalt hätte konvertiert werden müssen, was untersagt war.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Konvertierung erforderlich, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>The content needs a conversion the server cannot make (e.g. 8-bit data to a 7-bit path).</source>
        <translation>Der Inhalt braucht eine Konvertierung, die der Server nicht durchführen kann (z. B. 8-Bit-Daten auf einen 7-Bit-Weg).</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Verlustbehaftete Konvertierung durchgeführt</translation>
    </message>
    <message>
        <source>Delivered, but the content was converted and lost something.</source>
        <translation>Zugestellt, aber der Inhalt wurde konvertiert und hat dabei etwas verloren.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A conversion of the content failed.</source>
        <translation>Eine Konvertierung des Inhalts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Nachrichteninhalt nicht verfügbar</translation>
    </message>
    <message>
        <source>Content referenced by the message (BURL) could not be fetched.</source>
        <translation>Inhalt, auf den die Nachricht verweist (BURL), konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <source>An internationalised address is refused here: use an ASCII address (RFC 6531).</source>
        <translation>Eine internationalisierte Adresse wird hier abgelehnt: Verwenden Sie eine ASCII-Adresse (RFC 6531).</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>UTF-8-Antwort erforderlich, vom SMTP-Client aber nicht erlaubt</translation>
    </message>
    <message>
        <source>The server needs SMTPUTF8 for its answer, which the session did not ask for.</source>
        <translation>Der Server braucht SMTPUTF8 für seine Antwort, was die Sitzung nicht angefordert hat.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation>Nachricht mit UTF-8-Kopfzeilen kann an einen oder mehrere Empfänger nicht übertragen werden</translation>
    </message>
    <message>
        <source>The message has UTF-8 headers and a recipient&apos;s server does not support SMTPUTF8.</source>
        <translation>Die Nachricht hat UTF-8-Kopfzeilen, und der Server eines Empfängers unterstützt SMTPUTF8 nicht.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Sonstiger oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>A security policy refused the message: read the server&apos;s text.</source>
        <translation>Eine Sicherheitsrichtlinie hat die Nachricht abgelehnt: Lesen Sie den Text des Servers.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Zustellung nicht autorisiert, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>Policy refuses this: often relaying without authentication, a blocked sender or client address, or a spam verdict. Authenticate, or check the server&apos;s relay and block lists.</source>
        <translation>Eine Richtlinie lehnt dies ab: oft Relaying ohne Authentifizierung, ein gesperrter Absender oder eine gesperrte Clientadresse oder eine Spam-Bewertung. Authentifizieren Sie sich, oder prüfen Sie die Relay- und Sperrlisten des Servers.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Mailingliste untersagt</translation>
    </message>
    <message>
        <source>You may not send to this list: ask its owner.</source>
        <translation>Sie dürfen nicht an diese Liste senden: Fragen Sie ihren Eigentümer.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich</translation>
    </message>
    <message>
        <source>The message would need a security conversion the server cannot do.</source>
        <translation>Die Nachricht bräuchte eine Sicherheitskonvertierung, die der Server nicht durchführen kann.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>A security feature asked for is not supported here.</source>
        <translation>Eine angeforderte Sicherheitsfunktion wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>A cryptographic operation failed (signature or decryption).</source>
        <translation>Eine kryptografische Operation ist fehlgeschlagen (Signatur oder Entschlüsselung).</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>An algorithm used by the message is not supported here.</source>
        <translation>Ein von der Nachricht verwendeter Algorithmus wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Integritätsfehler der Nachricht</translation>
    </message>
    <message>
        <source>The message was found altered: its integrity check failed.</source>
        <translation>Die Nachricht wurde als verändert erkannt: Ihre Integritätsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Zugangsdaten ungültig</translation>
    </message>
    <message>
        <source>The user name or password (or token) is wrong, or the account may not use this mechanism: check them; many servers lock an account after repeated failures.</source>
        <translation>Benutzername oder Passwort (oder Token) ist falsch, oder das Konto darf diesen Mechanismus nicht verwenden: Prüfen Sie die Angaben; viele Server sperren ein Konto nach wiederholten Fehlversuchen.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Authentifizierungsmechanismus ist zu schwach</translation>
    </message>
    <message>
        <source>Choose a stronger AUTH mechanism from those the server offers.</source>
        <translation>Wählen Sie einen stärkeren AUTH-Mechanismus unter denen, die der Server anbietet.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>The server requires TLS first: use STARTTLS or implicit TLS.</source>
        <translation>Der Server verlangt zuerst TLS: Verwenden Sie STARTTLS oder implizites TLS.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich</translation>
    </message>
    <message>
        <source>This mechanism is only allowed over TLS: start TLS before authenticating.</source>
        <translation>Dieser Mechanismus ist nur über TLS erlaubt: Starten Sie TLS, bevor Sie sich authentifizieren.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Ein Passwortwechsel ist erforderlich</translation>
    </message>
    <message>
        <source>The account must change its password (or log in once with PLAIN over TLS) first.</source>
        <translation>Für das Konto muss zuerst das Passwort geändert werden (oder einmal mit PLAIN über TLS angemeldet werden).</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>The account is disabled: its administrator must enable it.</source>
        <translation>Das Konto ist deaktiviert: Sein Administrator muss es aktivieren.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>The server accepts this only from systems it has a trust relationship with.</source>
        <translation>Der Server nimmt dies nur von Systemen an, mit denen er eine Vertrauensbeziehung hat.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <translation>Prioritätsstufe ist zu niedrig</translation>
    </message>
    <message>
        <source>The message&apos;s priority is too low to be accepted now (RFC 6710).</source>
        <translation>Die Priorität der Nachricht ist zu niedrig, um sie jetzt anzunehmen (RFC 6710).</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Nachricht ist für die angegebene Priorität zu groß</translation>
    </message>
    <message>
        <source>At this priority the message is too large: lower the size or raise the priority.</source>
        <translation>Bei dieser Priorität ist die Nachricht zu groß: Verkleinern Sie sie oder erhöhen Sie die Priorität.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Eigentümer des Postfachs hat gewechselt</translation>
    </message>
    <message>
        <source>The mailbox now belongs to someone else (RFC 7293): do not send there.</source>
        <translation>Das Postfach gehört jetzt jemand anderem (RFC 7293): Senden Sie nicht dorthin.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Eigentümer der Domain hat gewechselt</translation>
    </message>
    <message>
        <source>The domain now belongs to someone else (RFC 7293).</source>
        <translation>Die Domain gehört jetzt jemand anderem (RFC 7293).</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>RRVS-Test kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The server cannot check the recipient&apos;s registration date (RFC 7293).</source>
        <translation>Der Server kann das Registrierungsdatum des Empfängers nicht prüfen (RFC 7293).</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Keine gültige DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>The message needs a valid DKIM signature: sign it, or fix the signing.</source>
        <translation>Die Nachricht braucht eine gültige DKIM-Signatur: Signieren Sie sie, oder korrigieren Sie die Signierung.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Keine akzeptable DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signatures are valid but none is acceptable to this server&apos;s policy.</source>
        <translation>Die DKIM-Signaturen der Nachricht sind gültig, aber keine ist nach der Richtlinie dieses Servers akzeptabel.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No valid DKIM signature matches the From: domain: sign with that domain.</source>
        <translation>Keine gültige DKIM-Signatur passt zur From:-Domain: Signieren Sie mit dieser Domain.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sending address is not allowed by the sender domain&apos;s SPF record: send from an allowed server, or fix the record.</source>
        <translation>Die sendende Adresse ist im SPF-Eintrag der Absenderdomain nicht erlaubt: Senden Sie über einen erlaubten Server, oder korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Fehler bei der SPF-Prüfung</translation>
    </message>
    <message>
        <source>The sender domain&apos;s SPF record could not be evaluated: fix the record.</source>
        <translation>Der SPF-Eintrag der Absenderdomain konnte nicht ausgewertet werden: Korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Prüfung des Reverse-DNS fehlgeschlagen</translation>
    </message>
    <message>
        <source>The client&apos;s address has no matching reverse DNS name (PTR and forward lookup): fix its DNS.</source>
        <translation>Die Adresse des Clients hat keinen passenden Reverse-DNS-Namen (PTR und Vorwärtsauflösung): Korrigieren Sie ihr DNS.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Several checks (SPF, DKIM, reverse DNS) failed together.</source>
        <translation>Mehrere Prüfungen (SPF, DKIM, Reverse-DNS) sind zusammen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>Absenderadresse hat Null-MX</translation>
    </message>
    <message>
        <source>The sender&apos;s domain declares it accepts no mail (RFC 7505), so replies could not reach it.</source>
        <translation>Die Domain des Absenders erklärt, dass sie keine Mails annimmt (RFC 7505), also könnten Antworten sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Mailflut erkannt</translation>
    </message>
    <message>
        <source>The message looks like part of a flood of similar messages.</source>
        <translation>Die Nachricht sieht aus wie Teil einer Flut ähnlicher Nachrichten.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message&apos;s ARC chain failed validation (RFC 8617).</source>
        <translation>Die ARC-Kette der Nachricht hat die Prüfung nicht bestanden (RFC 8617).</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>REQUIRETLS-Unterstützung erforderlich</translation>
    </message>
    <message>
        <source>The message asks for REQUIRETLS and a server on the way does not support it (RFC 8689).</source>
        <translation>Die Nachricht verlangt REQUIRETLS, und ein Server auf dem Weg unterstützt es nicht (RFC 8689).</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Adressierungsstatus</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Prüfen Sie die Absender- und Empfängeradressen.</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Postfachstatus</translation>
    </message>
    <message>
        <source>Something about the recipient&apos;s mailbox; it is up to the recipient.</source>
        <translation>Etwas betrifft das Postfach des Empfängers; das liegt beim Empfänger.</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Mailsystemstatus</translation>
    </message>
    <message>
        <source>A problem of the receiving system; its administrator must look.</source>
        <translation>Ein Problem des empfangenden Systems; sein Administrator muss nachsehen.</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Netzwerk- und Routingstatus</translation>
    </message>
    <message>
        <source>A network or routing problem on the way to the destination.</source>
        <translation>Ein Netzwerk- oder Routingproblem auf dem Weg zum Ziel.</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Status des Zustellprotokolls</translation>
    </message>
    <message>
        <source>The server did not accept the protocol exchange.</source>
        <translation>Der Server hat den Protokollaustausch nicht angenommen.</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Status von Nachrichteninhalt oder Medium</translation>
    </message>
    <message>
        <source>Something about the message&apos;s content.</source>
        <translation>Etwas betrifft den Inhalt der Nachricht.</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Sicherheits- oder Richtlinienstatus</translation>
    </message>
    <message>
        <source>A security or policy rule of the server refused it.</source>
        <translation>Eine Sicherheits- oder Richtlinienregel des Servers hat es abgelehnt.</translation>
    </message>
    <message>
        <source>Service not available, closing the connection: the server is shutting down, overloaded or refusing you for now.</source>
        <translation>Dienst nicht verfügbar, Verbindung wird geschlossen: Der Server fährt herunter, ist überlastet oder weist Sie vorerst ab.</translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy, or greylisting: many servers accept the same message a few minutes later).</source>
        <translation>Postfach vorerst nicht verfügbar (belegt oder Greylisting: Viele Server nehmen dieselbe Nachricht ein paar Minuten später an).</translation>
    </message>
    <message>
        <source>Aborted by a local error in processing on the server.</source>
        <translation>Abgebrochen wegen eines lokalen Verarbeitungsfehlers auf dem Server.</translation>
    </message>
    <message>
        <source>Insufficient system storage, or too many recipients for now.</source>
        <translation>Nicht genügend Systemspeicher oder vorerst zu viele Empfänger.</translation>
    </message>
    <message>
        <source>TLS (or authentication) is not available for now.</source>
        <translation>TLS (oder Authentifizierung) ist vorerst nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server cannot accommodate the parameters for now.</source>
        <translation>Der Server kann die Parameter vorerst nicht berücksichtigen.</translation>
    </message>
    <message>
        <source>Syntax error: the command was not recognised.</source>
        <translation>Syntaxfehler: Der Befehl wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation>Syntaxfehler in den Parametern oder Argumenten des Befehls.</translation>
    </message>
    <message>
        <source>The command is not implemented by this server.</source>
        <translation>Der Befehl ist auf diesem Server nicht implementiert.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: something else has to come first (EHLO, STARTTLS, AUTH, MAIL).</source>
        <translation>Falsche Befehlsreihenfolge: Zuerst muss etwas anderes kommen (EHLO, STARTTLS, AUTH, MAIL).</translation>
    </message>
    <message>
        <source>A parameter of the command is not implemented.</source>
        <translation>Ein Parameter des Befehls ist nicht implementiert.</translation>
    </message>
    <message>
        <source>This host does not accept mail at all (RFC 7504).</source>
        <translation>Dieser Host nimmt überhaupt keine Mails an (RFC 7504).</translation>
    </message>
    <message>
        <source>Authentication required (or TLS first): authenticate, over STARTTLS or implicit TLS.</source>
        <translation>Authentifizierung erforderlich (oder zuerst TLS): Authentifizieren Sie sich, über STARTTLS oder implizites TLS.</translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server.</source>
        <translation>Der Authentifizierungsmechanismus ist für diesen Server zu schwach.</translation>
    </message>
    <message>
        <source>The authentication credentials are invalid: check user and password.</source>
        <translation>Die Zugangsdaten sind ungültig: Prüfen Sie Benutzer und Passwort.</translation>
    </message>
    <message>
        <source>This authentication mechanism needs TLS first.</source>
        <translation>Dieser Authentifizierungsmechanismus braucht zuerst TLS.</translation>
    </message>
    <message>
        <source>Not taken: mailbox unavailable (unknown user) or refused by policy (relaying, blocking).</source>
        <translation>Nicht angenommen: Postfach nicht verfügbar (unbekannter Benutzer) oder durch Richtlinie abgelehnt (Relaying, Sperre).</translation>
    </message>
    <message>
        <source>The user is not local to this server.</source>
        <translation>Der Benutzer ist auf diesem Server nicht lokal.</translation>
    </message>
    <message>
        <source>Exceeded storage allocation: the message is too big, or a quota is full.</source>
        <translation>Speicherzuteilung überschritten: Die Nachricht ist zu groß, oder ein Kontingent ist voll.</translation>
    </message>
    <message>
        <source>The mailbox name is not allowed (address syntax or policy).</source>
        <translation>Der Postfachname ist nicht erlaubt (Adresssyntax oder Richtlinie).</translation>
    </message>
    <message>
        <source>Transaction failed (after DATA: the content was refused), or no SMTP service here.</source>
        <translation>Transaktion fehlgeschlagen (nach DATA: Der Inhalt wurde abgelehnt), oder hier gibt es keinen SMTP-Dienst.</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognised or not implemented.</source>
        <translation>Parameter von MAIL FROM oder RCPT TO nicht erkannt oder nicht implementiert.</translation>
    </message>
    <message>
        <source>The domain does not accept mail (RFC 7504).</source>
        <translation>Die Domain nimmt keine Mails an (RFC 7504).</translation>
    </message>
    <message>
        <source>Temporary: the same may succeed later.</source>
        <translation>Vorübergehend: Dasselbe kann später gelingen.</translation>
    </message>
    <message>
        <source>Permanent: sending the same again fails the same way.</source>
        <translation>Dauerhaft: Ein erneuter Versuch scheitert auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 (detail %3 is not registered): %4</source>
        <translation>%1 %2 (Detail %3 ist nicht registriert): %4</translation>
    </message>
    <message>
        <source>%1: not a registered enhanced status code.</source>
        <translation>%1: kein registrierter erweiterter Statuscode.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a failure the server did not explain further.</source>
        <translation>%1: ein Fehler, den der Server nicht näher erklärt hat.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>Malformed reply line (bare CR): %1</source>
        <translation>Fehlerhafte Antwortzeile (einzelnes CR): %1</translation>
    </message>
    <message>
        <source>Malformed reply line (bare LF): %1</source>
        <translation>Fehlerhafte Antwortzeile (einzelnes LF): %1</translation>
    </message>
    <message>
        <source>Malformed reply line (NUL byte): %1</source>
        <translation>Fehlerhafte Antwortzeile (NUL-Byte): %1</translation>
    </message>
    <message>
        <source>Malformed reply code: %1</source>
        <translation>Fehlerhafter Antwortcode: %1</translation>
    </message>
    <message>
        <source>Reply code changed from %1 to %2 within a multi-line reply: %3</source>
        <translation>Der Antwortcode wechselte innerhalb einer mehrzeiligen Antwort von %1 zu %2: %3</translation>
    </message>
    <message>
        <source>Reply line too long (more than %1 bytes): %2</source>
        <translation>Antwortzeile zu lang (mehr als %1 Bytes): %2</translation>
    </message>
    <message>
        <source>Reply too long (more than %1 bytes): %2</source>
        <translation>Antwort zu lang (mehr als %1 Bytes): %2</translation>
    </message>
    <message>
        <source>Reply has too many lines (more than %1): %2</source>
        <translation>Die Antwort hat zu viele Zeilen (mehr als %1): %2</translation>
    </message>
</context>
<context>
    <name>ReplyRules</name>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Der Server schließt die Verbindung: %1</translation>
    </message>
    <message>
        <source>The server refuses to serve this client: %1</source>
        <translation>Der Server weigert sich, diesen Client zu bedienen: %1</translation>
    </message>
    <message>
        <source>The server greeted with an error: %1</source>
        <translation>Der Server hat mit einem Fehler begrüßt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not 220 (RFC 5321 §4.3.2): %1</source>
        <translation>Die Begrüßung des Servers ist nicht 220 (RFC 5321 §4.3.2): %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1). STARTTLS and AUTH need ESMTP, so the session cannot go on.</source>
        <translation>Der Server hat EHLO abgelehnt (%1). STARTTLS und AUTH brauchen ESMTP, daher kann die Sitzung nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1); trying HELO without ESMTP extensions.</source>
        <translation>Der Server hat EHLO abgelehnt (%1); Versuch mit HELO ohne ESMTP-Erweiterungen.</translation>
    </message>
    <message>
        <source>Unexpected reply to EHLO: %1. The server may have executed commands injected before TLS; the session is stopped.</source>
        <translation>Unerwartete Antwort auf EHLO: %1. Der Server hat möglicherweise Befehle ausgeführt, die vor TLS eingeschleust wurden; die Sitzung wird beendet.</translation>
    </message>
    <message>
        <source>The server refused HELO: %1</source>
        <translation>Der Server hat HELO abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unexpected reply to HELO: %1</source>
        <translation>Unerwartete Antwort auf HELO: %1</translation>
    </message>
    <message>
        <source>The server cannot start TLS right now (temporary failure: %1). The session does not continue without TLS.</source>
        <translation>Der Server kann TLS gerade nicht starten (vorübergehender Fehler: %1). Ohne TLS wird die Sitzung nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1. The session does not continue without TLS.</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1. Ohne TLS wird die Sitzung nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>Unexpected reply to STARTTLS: %1</source>
        <translation>Unerwartete Antwort auf STARTTLS: %1</translation>
    </message>
    <message>
        <source>The server rejected %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Unerwartete Antwort auf %1: %2</translation>
    </message>
    <message>
        <source>The server rejected DATA: %1</source>
        <translation>Der Server hat DATA abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unexpected reply to DATA: %1</source>
        <translation>Unerwartete Antwort auf DATA: %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1 (RFC 5321 §4.2: one command, one reply).</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1 (RFC 5321 §4.2: ein Befehl, eine Antwort).</translation>
    </message>
</context>
<context>
    <name>RouteNote</name>
    <message>
        <source>%1 has a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 hat einen Null-MX (RFC 7505): Die Domain nimmt keine Mail an.</translation>
    </message>
    <message>
        <source>%1 has no MX record: its own address is the exchanger (RFC 5321 §5.1).</source>
        <translation>%1 hat keinen MX-Eintrag: Die eigene Adresse ist der Exchanger (RFC 5321 §5.1).</translation>
    </message>
</context>
<context>
    <name>RunComparisonDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Runs, newest first</source>
        <translation>Läufe, neueste zuerst</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A run in the profile&apos;s history has no valid &quot;when&quot;.</source>
        <translation>Ein Lauf im Verlauf des Profils hat kein gültiges „when“.</translation>
    </message>
    <message>
        <source>Outcome: %1 → %2</source>
        <translation>Ergebnis: %1 → %2</translation>
    </message>
    <message>
        <source>TLS version: %1 → %2</source>
        <translation>TLS-Version: %1 → %2</translation>
    </message>
    <message>
        <source>Cipher: %1 → %2</source>
        <translation>Cipher: %1 → %2</translation>
    </message>
    <message>
        <source>Certificate: %1 → %2 (valid until %3)</source>
        <translation>Zertifikat: %1 → %2 (gültig bis %3)</translation>
    </message>
    <message>
        <source>Capability added: %1</source>
        <translation>Fähigkeit hinzugekommen: %1</translation>
    </message>
    <message>
        <source>Capability removed: %1</source>
        <translation>Fähigkeit entfallen: %1</translation>
    </message>
</context>
<context>
    <name>SaslMechanism</name>
    <message>
        <source>The %1 contains a line break, which cannot be sent in an AUTH exchange.</source>
        <translation>„%1“ enthält einen Zeilenumbruch, der in einem AUTH-Austausch nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>The %1 contains a NUL character, which cannot be sent in an AUTH exchange.</source>
        <translation>„%1“ enthält ein NUL-Zeichen, das in einem AUTH-Austausch nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The authentication mechanism &quot;%1&quot; is not supported; supported are: %2.</source>
        <translation>Der Authentifizierungsmechanismus „%1“ wird nicht unterstützt; unterstützt werden: %2.</translation>
    </message>
</context>
<context>
    <name>SaslPrep</name>
    <message>
        <source>It contains the character U+%1, which SASLprep (RFC 4013) prohibits.</source>
        <translation>Der Wert enthält das Zeichen U+%1, das SASLprep (RFC 4013) verbietet.</translation>
    </message>
    <message>
        <source>It contains the unassigned code point U+%1 (RFC 4013 §2.5).</source>
        <translation>Der Wert enthält den nicht zugewiesenen Codepunkt U+%1 (RFC 4013 §2.5).</translation>
    </message>
    <message>
        <source>It mixes right-to-left and left-to-right text, which SASLprep (RFC 4013) forbids.</source>
        <translation>Der Wert mischt Text von rechts nach links mit Text von links nach rechts, was SASLprep (RFC 4013) verbietet.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>The line %1.</source>
        <translation>Die Zeile %1.</translation>
    </message>
    <message>
        <source>The scenario has no step and no expect.</source>
        <translation>Das Szenario hat keinen Schritt und kein expect.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;. The steps are ehlo, starttls, auth, send, message, quit and expect; a comment starts with #.</source>
        <translation>Unbekannter Schritt „%1“. Die Schritte sind ehlo, starttls, auth, send, message, quit und expect; ein Kommentar beginnt mit #.</translation>
    </message>
    <message>
        <source>Nothing can follow quit but its expect: the server closes the connection.</source>
        <translation>Auf quit kann nur noch sein expect folgen: Der Server schließt die Verbindung.</translation>
    </message>
    <message>
        <source>%1 takes nothing after it: what it uses comes from the connection settings (a comment must be on a line of its own).</source>
        <translation>Nach %1 darf nichts stehen: Was der Schritt verwendet, stammt aus den Verbindungseinstellungen (ein Kommentar muss in einer eigenen Zeile stehen).</translation>
    </message>
    <message>
        <source>the banner</source>
        <translation>das Banner</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <source>A second expect for %1: one reply has one expectation (join codes with &quot;|&quot;); is a step missing between them?</source>
        <translation>Ein zweites expect für %1: Eine Antwort hat eine Erwartung (Codes mit „|“ verbinden); fehlt dazwischen ein Schritt?</translation>
    </message>
    <message>
        <source>Too many problems; the rest of the file was not read. Is it a scenario?</source>
        <translation>Zu viele Probleme; der Rest der Datei wurde nicht gelesen. Ist es ein Szenario?</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 KiB; a scenario is a short script.</source>
        <translation>größer als %1 KiB; ein Szenario ist ein kurzes Skript.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>Save as Scenario</source>
        <translation>Als Szenario speichern</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario)</source>
        <translation>Szenarien (*.scenario)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scenario Not Saved</source>
        <translation>Szenario nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ScenarioRecorder</name>
    <message>
        <source>Recorded by SMTP Workbench. Replay it with --scenario and the same connection settings: auth uses their credentials, message their --from, --to and --data.</source>
        <translation>Aufgezeichnet von SMTP Workbench. Spielen Sie es mit --scenario und denselben Verbindungseinstellungen ab: auth verwendet deren Zugangsdaten, message deren --from, --to und --data.</translation>
    </message>
    <message>
        <source>The server sent %1 unasked; a scenario cannot expect that.</source>
        <translation>Der Server hat unaufgefordert %1 gesendet; ein Szenario kann das nicht erwarten.</translation>
    </message>
    <message>
        <source>The server&apos;s next reply was malformed; the recording stops here.</source>
        <translation>Die nächste Antwort des Servers war fehlerhaft; die Aufzeichnung endet hier.</translation>
    </message>
    <message>
        <source>The session ended before the server&apos;s greeting: there is nothing to replay.</source>
        <translation>Die Sitzung endete vor der Begrüßung des Servers: Es gibt nichts abzuspielen.</translation>
    </message>
    <message>
        <source>A line that held a secret was left out.</source>
        <translation>Eine Zeile, die ein Geheimnis enthielt, wurde ausgelassen.</translation>
    </message>
    <message>
        <source>It is not valid UTF-8.</source>
        <translation>Die Zeile ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Left out &quot;%1&quot;: %2</source>
        <translation>„%1“ ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunDialog</name>
    <message>
        <source>Run Scenario</source>
        <translation>Szenario ausführen</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ScenarioStep</name>
    <message>
        <source>send needs the command to send, as in &quot;send NOOP&quot;.</source>
        <translation>send braucht den zu sendenden Befehl, wie in „send NOOP“.</translation>
    </message>
    <message>
        <source>A command sent by send cannot start with white space.</source>
        <translation>Ein mit send gesendeter Befehl darf nicht mit Leerraum beginnen.</translation>
    </message>
    <message>
        <source>The command %1.</source>
        <translation>Der Befehl %1.</translation>
    </message>
    <message>
        <source>Use the step starttls instead of sending STARTTLS: the TLS handshake must follow the 220.</source>
        <translation>Verwenden Sie den Schritt starttls, statt STARTTLS zu senden: Der TLS-Handshake muss auf die 220 folgen.</translation>
    </message>
    <message>
        <source>Use the step auth instead of sending AUTH: credentials come from the settings and never live in a scenario file.</source>
        <translation>Verwenden Sie den Schritt auth, statt AUTH zu senden: Zugangsdaten stammen aus den Einstellungen und stehen nie in einer Szenariodatei.</translation>
    </message>
    <message>
        <source>Use the step message instead of sending %1: the message text must follow it.</source>
        <translation>Verwenden Sie den Schritt message, statt %1 zu senden: Der Nachrichtentext muss darauf folgen.</translation>
    </message>
    <message>
        <source>Use the step quit instead of sending QUIT.</source>
        <translation>Verwenden Sie den Schritt quit, statt QUIT zu senden.</translation>
    </message>
</context>
<context>
    <name>ScramMechanism</name>
    <message>
        <source>The user name cannot be used with SCRAM: %1</source>
        <translation>Der Benutzername kann mit SCRAM nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: %1</source>
        <translation>Das Passwort kann mit SCRAM nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The SCRAM client nonce must be printable ASCII without &apos;,&apos;.</source>
        <translation>Die SCRAM-Client-Nonce muss aus druckbarem ASCII ohne „,“ bestehen.</translation>
    </message>
    <message>
        <source>The server sent a %1 challenge before the client&apos;s first message.</source>
        <translation>Der Server hat vor der ersten Nachricht des Clients eine %1-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent an unexpected %1 challenge after the exchange ended.</source>
        <translation>Der Server hat nach dem Ende des Austauschs eine unerwartete %1-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not know (m=).</source>
        <translation>Der Server verlangt eine SCRAM-Erweiterung, die dieser Client nicht kennt (m=).</translation>
    </message>
    <message>
        <source>The server&apos;s first %1 message is malformed.</source>
        <translation>Die erste %1-Nachricht des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 nonce does not start with the client&apos;s nonce.</source>
        <translation>Die %1-Nonce des Servers beginnt nicht mit der Nonce des Clients.</translation>
    </message>
    <message>
        <source>The server did not add its own part to the %1 nonce.</source>
        <translation>Der Server hat der %1-Nonce keinen eigenen Teil hinzugefügt.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 salt is not valid base64.</source>
        <translation>Das %1-Salt des Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 iteration count &quot;%2&quot; is not a positive number.</source>
        <translation>Die %1-Iterationszahl „%2“ des Servers ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The server asked for %1 %2 iterations; more than %3 are refused.</source>
        <translation>Der Server verlangt %1 %2-Iterationen; mehr als %3 werden abgelehnt.</translation>
    </message>
    <message>
        <source>The server uses only %1 %2 iterations; at least %3 are recommended (RFC 7677 §4).</source>
        <translation>Der Server verwendet nur %1 %2-Iterationen; mindestens %3 werden empfohlen (RFC 7677 §4).</translation>
    </message>
    <message>
        <source>The server reported a %1 error: %2</source>
        <translation>Der Server hat einen %1-Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>The server&apos;s final %1 message is malformed.</source>
        <translation>Die letzte %1-Nachricht des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 signature is not valid base64.</source>
        <translation>Die %1-Signatur des Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 signature is wrong: it does not know the password, or the exchange was tampered with.</source>
        <translation>Die %1-Signatur des Servers ist falsch: Er kennt das Passwort nicht, oder der Austausch wurde manipuliert.</translation>
    </message>
    <message>
        <source>The server reported success before the %1 exchange was finished.</source>
        <translation>Der Server hat Erfolg gemeldet, bevor der %1-Austausch abgeschlossen war.</translation>
    </message>
    <message>
        <source>The server reported success without proving that it knows the password (no %1 server signature).</source>
        <translation>Der Server hat Erfolg gemeldet, ohne zu beweisen, dass er das Passwort kennt (keine %1-Serversignatur).</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Unless you ask to remember it, it is kept in memory for this session (and its reconnections) only.</source>
        <translation>Sofern Sie es nicht merken lassen, bleibt es nur für diese Sitzung (und ihre Neuverbindungen) im Speicher.</translation>
    </message>
</context>
<context>
    <name>SessionLogExporter</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed: %1 at stage %2</source>
        <translation>Fehlgeschlagen: %1 im Schritt %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Chain certificate %1</source>
        <translation>Kettenzertifikat %1</translation>
    </message>
    <message>
        <source>TLS established</source>
        <translation>TLS aufgebaut</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>Verified for</source>
        <translation>Geprüft für</translation>
    </message>
    <message>
        <source>Chain verified</source>
        <translation>Kette geprüft</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>skipped (trusted site)</source>
        <translation>übersprungen (vertrauenswürdige Gegenstelle)</translation>
    </message>
    <message>
        <source>Client certificate sent</source>
        <translation>Client-Zertifikat gesendet</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>required by the server</source>
        <translation>vom Server verlangt</translation>
    </message>
    <message>
        <source>Verification error</source>
        <translation>Prüffehler</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (noch %2 Tage)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbst signiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Lokaler Name</translation>
    </message>
    <message>
        <source>Trusted site</source>
        <translation>Vertrauenswürdige Gegenstelle</translation>
    </message>
    <message>
        <source>yes: the certificate is not validated</source>
        <translation>ja: das Zertifikat wird nicht geprüft</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Client key passphrase</source>
        <translation>Passphrase des Client-Schlüssels</translation>
    </message>
    <message>
        <source>(set, not shown)</source>
        <translation>(gesetzt, nicht angezeigt)</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Plaintext AUTH</source>
        <translation>AUTH im Klartext</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>built-in test message</source>
        <translation>eingebaute Testnachricht</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Quit after</source>
        <translation>Beenden nach</translation>
    </message>
    <message>
        <source>SMTP Workbench session log: %1</source>
        <translation>SMTP-Workbench-Sitzungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>Software: SMTP Workbench %1, Qt %2, %3</source>
        <translation>Software: SMTP Workbench %1, Qt %2, %3</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>keine TLS-Bibliothek</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>  [redacted]</source>
        <translation>  [geschwärzt]</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>  Server reply: %1</source>
        <translation>  Serverantwort: %1</translation>
    </message>
    <message>
        <source>  RCPT %1: %2</source>
        <translation>  RCPT %1: %2</translation>
    </message>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Fähigkeiten vor TLS</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>TLS and certificates</source>
        <translation>TLS und Zertifikate</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>  The session had not finished.</source>
        <translation>  Die Sitzung war nicht beendet.</translation>
    </message>
    <message>
        <source>Session log: %1</source>
        <translation>Sitzungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>SMTP Workbench %1, Qt %2, %3</source>
        <translation>SMTP Workbench %1, Qt %2, %3</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>Received before TLS: not authenticated</source>
        <translation>Vor TLS empfangen: nicht authentifiziert</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a name ending in .txt, .log, .html, .htm or .json.</source>
        <translation>Das Format von %1 ist nicht erkennbar: einen Namen mit der Endung .txt, .log, .html, .htm oder .json verwenden.</translation>
    </message>
    <message>
        <source>(Server lines marked [plaintext] were received before TLS: not authenticated.)</source>
        <translation>(Mit [plaintext] markierte Serverzeilen kamen vor TLS an: nicht authentifiziert.)</translation>
    </message>
    <message>
        <source>  [plaintext]</source>
        <translation>  [plaintext]</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Still running when exported</source>
        <translation>Lief beim Export noch</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <source>Server signature</source>
        <translation>Serversignatur</translation>
    </message>
    <message>
        <source>Client certificate request</source>
        <translation>Anfrage nach Client-Zertifikat</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>keine gesendet</translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation>TLS-Versionen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffren</translation>
    </message>
    <message>
        <source>stapled response asked for</source>
        <translation>geheftete Antwort angefordert</translation>
    </message>
    <message>
        <source>TLS key log</source>
        <translation>TLS-Key-Log</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>XCLIENT</source>
        <translation>XCLIENT</translation>
    </message>
    <message>
        <source>PROXY header</source>
        <translation>PROXY-Header</translation>
    </message>
    <message>
        <source>%1 claiming %2</source>
        <translation>%1, behauptet %2</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of its own</source>
        <translation>
            <numerusform>%n eigene Zeile</numerusform>
            <numerusform>%n eigene Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Header field</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>DSN notify</source>
        <translation>DSN-Benachrichtigung</translation>
    </message>
    <message>
        <source>DSN return</source>
        <translation>DSN-Rückgabe</translation>
    </message>
    <message>
        <source>Envelope ID</source>
        <translation>Umschlag-ID</translation>
    </message>
    <message>
        <source>PIPELINING</source>
        <translation>PIPELINING</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>CHUNKING</source>
        <translation>CHUNKING</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Raw command</source>
        <translation>Roher Befehl</translation>
    </message>
    <message>
        <source>Type a raw SMTP command and press Enter (Up/Down: history)</source>
        <translation>Einen rohen SMTP-Befehl eingeben und Eingabe drücken (Hoch/Runter: Verlauf)</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Befehl senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send EHLO again</source>
        <translation>EHLO erneut senden</translation>
    </message>
    <message>
        <source>&amp;EHLO</source>
        <translation>&amp;EHLO</translation>
    </message>
    <message>
        <source>Upgrade to TLS, then send EHLO again</source>
        <translation>Zu TLS wechseln, dann EHLO erneut senden</translation>
    </message>
    <message>
        <source>S&amp;TARTTLS</source>
        <translation>S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>&amp;Authenticate</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Send NOOP</source>
        <translation>NOOP senden</translation>
    </message>
    <message>
        <source>&amp;NOOP</source>
        <translation>&amp;NOOP</translation>
    </message>
    <message>
        <source>Reset the mail transaction</source>
        <translation>Die Mail-Transaktion zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;RSET</source>
        <translation>&amp;RSET</translation>
    </message>
    <message>
        <source>Verify an address: type it after VRFY and press Enter</source>
        <translation>Eine Adresse prüfen: nach VRFY eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>&amp;VRFY…</source>
        <translation>&amp;VRFY…</translation>
    </message>
    <message>
        <source>Say QUIT and close the connection</source>
        <translation>QUIT senden und die Verbindung schließen</translation>
    </message>
    <message>
        <source>&amp;QUIT</source>
        <translation>&amp;QUIT</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Sitzungszustand</translation>
    </message>
    <message>
        <source>Message sent so far</source>
        <translation>Bisher gesendete Nachricht</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>TLS protocol</source>
        <translation>TLS-Protokoll</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Cipher:</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate verification</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Show certificate details</source>
        <translation>Zertifikatsdetails anzeigen</translation>
    </message>
    <message>
        <source>Certificate &amp;Details…</source>
        <translation>Zertifikats&amp;details…</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities before and after STARTTLS</source>
        <translation>Fähigkeiten vor und nach STARTTLS</translation>
    </message>
    <message>
        <source>Green: new after STARTTLS · red: gone · amber: changed</source>
        <translation>Grün: neu nach STARTTLS · Rot: entfallen · Gelb: geändert</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
</context>
<context>
    <name>Smtp::BatchRunner</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message numerus="yes">
        <source>%1, certificate %n day(s) left</source>
        <translation>
            <numerusform>%1, Zertifikat noch %n Tag</numerusform>
            <numerusform>%1, Zertifikat noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>FEHLER %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 failed</source>
        <translation>
            <numerusform>%n Prüfung, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Prüfungen, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Smtp::CliRunner</name>
    <message>
        <source>smtp-workbench-cli %1 (Qt %2, %3)</source>
        <translation>smtp-workbench-cli %1 (Qt %2, %3)</translation>
    </message>
    <message>
        <source>The profiles cannot be read: %1</source>
        <translation>Die Profile können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; in %2; --list-profiles shows them.</source>
        <translation>In %2 gibt es kein Profil namens „%1“; --list-profiles zeigt sie an.</translation>
    </message>
    <message>
        <source>No saved profiles in %1.</source>
        <translation>Keine gespeicherten Profile in %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The imported profiles were not saved: %1</source>
        <translation>Die importierten Profile wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importiert aus %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert (ohne Geheimnisse).</numerusform>
            <numerusform>%n Profile nach %1 exportiert (ohne Geheimnisse).</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Updated profile &quot;%1&quot; in %2.</source>
        <translation>Profil „%1“ in %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; in %2.</source>
        <translation>Profil „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>The %1 was not stored in the keychain: %2</source>
        <translation>„%1“ wurde nicht im Schlüsselbund gespeichert: %2</translation>
    </message>
    <message>
        <source>No password for profile &quot;%1&quot; from the keychain: %2 Give --password-file.</source>
        <translation>Kein Passwort für Profil „%1“ aus dem Schlüsselbund: %2 --password-file angeben.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>Saved passwords of &quot;%1&quot; are not used for the new destination (%2) until you confirm it: save again with --password-file (and --proxy with the proxy password).</source>
        <translation>Gespeicherte Passwörter von „%1“ werden für das neue Ziel (%2) erst verwendet, wenn Sie es bestätigen: erneut speichern mit --password-file (und --proxy mit dem Proxy-Passwort).</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>The saved password of profile &quot;%1&quot; was confirmed for another destination and was not used (%2). To confirm the new destination, save it again: --save-profile &quot;%1&quot; --password-file FILE (--proxy with the proxy password), or confirm it in the window&apos;s profile editor; for this run only, give --password-file.</source>
        <translation>Das gespeicherte Passwort des Profils „%1“ wurde für ein anderes Ziel bestätigt und nicht verwendet (%2). Um das neue Ziel zu bestätigen, speichern Sie es erneut: --save-profile „%1“ --password-file DATEI (--proxy mit dem Proxy-Passwort), oder bestätigen Sie es im Profileditor des Fensters; nur für diesen Lauf: --password-file angeben.</translation>
    </message>
    <message>
        <source>No proxy password for profile &quot;%1&quot; from the keychain; give it in --proxy.</source>
        <translation>Kein Proxy-Passwort für das Profil „%1“ im Schlüsselbund; geben Sie es in --proxy an.</translation>
    </message>
    <message>
        <source>No saved profile is in the folder &quot;%1&quot;; --list-profiles shows them.</source>
        <translation>Im Ordner „%1“ ist kein gespeichertes Profil; --list-profiles zeigt sie.</translation>
    </message>
    <message>
        <source>Interrupted; the findings above are those made before.</source>
        <translation>Unterbrochen; die obigen Befunde sind die bis dahin gemachten.</translation>
    </message>
    <message>
        <source>No probe reached the server: %1</source>
        <translation>Keine Probe hat den Server erreicht: %1</translation>
    </message>
    <message>
        <source>The certificate was not remembered: it was not verified.</source>
        <translation>Das Zertifikat wurde nicht gemerkt: Es wurde nicht verifiziert.</translation>
    </message>
    <message>
        <source>The certificate could not be remembered in the profile: %1</source>
        <translation>Das Zertifikat konnte nicht im Profil gemerkt werden: %1</translation>
    </message>
    <message>
        <source>Remembered the certificate (key pin %1) in profile &quot;%2&quot;.</source>
        <translation>Zertifikat (Schlüssel-Pin %1) in Profil „%2“ gemerkt.</translation>
    </message>
    <message>
        <source>There is no profile named exactly &quot;%1&quot; (did you mean &quot;%2&quot;?); nothing was deleted.</source>
        <translation>Es gibt kein Profil mit genau dem Namen „%1“ (gemeint war wohl „%2“); nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The profile was not deleted: %1</source>
        <translation>Das Profil wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; from %2.</source>
        <translation>Profil „%1“ aus %2 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>No keychain is reachable, so secrets saved for &quot;%1&quot; could not be removed: %2</source>
        <translation>Kein Schlüsselbund erreichbar, daher konnten die für „%1“ gespeicherten Geheimnisse nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was deleted, but its secrets could not be removed from the keychain: %2</source>
        <translation>Profil „%1“ wurde gelöscht, aber seine Geheimnisse konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>--get-peer-chain: the server sent no certificate, so %1 was not written.</source>
        <translation>--get-peer-chain: Der Server hat kein Zertifikat gesendet, daher wurde %1 nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>Smtp::DnsResolver</name>
    <message>
        <source>The DNS library could not be started.</source>
        <translation>Die DNS-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The DNS server %1 cannot be used: %2</source>
        <translation>Der DNS-Server %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The DNS server %1 is not an IP address (ADDRESS or ADDRESS@PORT).</source>
        <translation>Der DNS-Server %1 ist keine IP-Adresse (ADRESSE oder ADRESSE@PORT).</translation>
    </message>
    <message>
        <source>The DNS server %1 has no valid port (1 to 65535) after the @.</source>
        <translation>Der DNS-Server %1 hat nach dem @ keinen gültigen Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>The DNS query for %1 could not be sent: %2</source>
        <translation>Die DNS-Abfrage für %1 konnte nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>The DNS query failed: %1</source>
        <translation>Die DNS-Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The DNS library (%1) could not be loaded: %2</source>
        <translation>Die DNS-Bibliothek (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The DNS library (%1) has no function %2.</source>
        <translation>Der DNS-Bibliothek (%1) fehlt die Funktion %2.</translation>
    </message>
</context>
<context>
    <name>Smtp::ImportPlan</name>
    <message>
        <source>%1 new, %2 changed, %3 identical</source>
        <translation>%1 neu, %2 geändert, %3 identisch</translation>
    </message>
    <message>
        <source>The certificate would not be validated (trusted site).</source>
        <translation>Das Zertifikat würde nicht geprüft (vertrauenswürdige Gegenstelle).</translation>
    </message>
    <message>
        <source>Credentials could be sent without validated TLS (plaintext AUTH allowed).</source>
        <translation>Zugangsdaten könnten ohne geprüftes TLS gesendet werden (AUTH im Klartext erlaubt).</translation>
    </message>
    <message>
        <source>The connection would not use TLS.</source>
        <translation>Die Verbindung würde kein TLS verwenden.</translation>
    </message>
    <message>
        <source>Security change: the destination changes (%1). Saved passwords are not sent there until you confirm the new destination.</source>
        <translation>Sicherheitsänderung: Das Ziel ändert sich (%1). Gespeicherte Passwörter werden dorthin erst gesendet, wenn Sie das neue Ziel bestätigen.</translation>
    </message>
    <message>
        <source>%1 (security change)</source>
        <translation>%1 (Sicherheitsänderung)</translation>
    </message>
    <message>
        <source>fields this version does not know changed</source>
        <translation>Felder, die diese Version nicht kennt, haben sich geändert</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>Smtp::MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>Leave the sender empty for the null reverse-path &lt;&gt;.</source>
        <translation>Lassen Sie den Absender für den leeren Rückweg &lt;&gt; leer.</translation>
    </message>
    <message>
        <source>The address contains a line break, which could inject SMTP commands.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch, der SMTP-Befehle einschleusen könnte.</translation>
    </message>
    <message>
        <source>The address contains a NUL character.</source>
        <translation>Die Adresse enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The address contains the control character U+%1.</source>
        <translation>Die Adresse enthält das Steuerzeichen U+%1.</translation>
    </message>
    <message>
        <source>The address contains &apos;&lt;&apos; or &apos;&gt;&apos;: give the bare address, without angle brackets.</source>
        <translation>Die Adresse enthält „&lt;“ oder „&gt;“: Geben Sie die bloße Adresse ohne spitze Klammern an.</translation>
    </message>
    <message>
        <source>The address contains a space outside a quoted local part.</source>
        <translation>Die Adresse enthält ein Leerzeichen außerhalb eines zitierten lokalen Teils.</translation>
    </message>
    <message>
        <source>The address has an unterminated quoted local part.</source>
        <translation>Die Adresse hat einen nicht abgeschlossenen zitierten lokalen Teil.</translation>
    </message>
</context>
<context>
    <name>Smtp::MemorySecretStore</name>
    <message>
        <source>Simulated failure.</source>
        <translation>Simulierter Fehler.</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Smtp::MxLookup</name>
    <message>
        <source>The DNS lookup for %1 timed out after %2 s.</source>
        <translation>Die DNS-Abfrage für %1 hat nach %2 s das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation>%1 ist kein Domainname.</translation>
    </message>
    <message>
        <source>The MX answer for %1 failed DNSSEC validation.</source>
        <translation>Die MX-Antwort für %1 hat die DNSSEC-Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Die Domain %1 existiert nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The DNS server answered %1 for the MX records of %2.</source>
        <translation>Der DNS-Server hat auf die MX-Einträge von %2 mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The DNS server sent a malformed MX record for %1.</source>
        <translation>Der DNS-Server hat einen fehlerhaften MX-Eintrag für %1 gesendet.</translation>
    </message>
    <message>
        <source>This MX record names the root (&quot;.&quot;), not a host.</source>
        <translation>Dieser MX-Eintrag nennt die Wurzel („.“), keinen Host.</translation>
    </message>
    <message>
        <source>failed DNSSEC validation</source>
        <translation>DNSSEC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The address lookup for %1 failed: %2</source>
        <translation>Die Adressabfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record.</source>
        <translation>%1 hat keinen A- oder AAAA-Eintrag.</translation>
    </message>
</context>
<context>
    <name>Smtp::Profile</name>
    <message>
        <source>The profile has an empty id.</source>
        <translation>Das Profil hat eine leere ID.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <source>&quot;lastUsed&quot; is not an ISO 8601 date and time.</source>
        <translation>„lastUsed“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5</source>
        <translation>%1	%2	%3	%4	%5</translation>
    </message>
    <message>
        <source>line breaks (CR/LF) are not allowed.</source>
        <translation>Zeilenumbrüche (CR/LF) sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>NUL characters are not allowed.</source>
        <translation>NUL-Zeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>control characters are not allowed.</source>
        <translation>Steuerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>&quot;security&quot; must be &quot;none&quot;, &quot;starttls&quot; or &quot;implicit&quot;.</source>
        <translation>„security“ muss „none“, „starttls“ oder „implicit“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;1.0&quot;, &quot;1.1&quot;, &quot;1.2&quot; or &quot;1.3&quot;.</source>
        <translation>„%1“ muss „1.0“, „1.1“, „1.2“ oder „1.3“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;any&quot;, &quot;ipv4&quot; or &quot;ipv6&quot;.</source>
        <translation>„%1“ muss „any“, „ipv4“ oder „ipv6“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;smtp&quot; or &quot;lmtp&quot;.</source>
        <translation>„%1“ muss „smtp“ oder „lmtp“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;none&quot;, &quot;v1&quot; or &quot;v2&quot;.</source>
        <translation>„%1“ muss „none“, „v1“ oder „v2“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;FULL&quot; or &quot;HDRS&quot;.</source>
        <translation>„%1“ muss „FULL“ oder „HDRS“ sein.</translation>
    </message>
    <message>
        <source>The folder has no path.</source>
        <translation>Der Ordner hat keinen Pfad.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileCommandLine</name>
    <message>
        <source>The command line has an unterminated quote.</source>
        <translation>Die Befehlszeile enthält ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535; it was ignored.</source>
        <translation>Der Port „%1“ ist keine Zahl von 0 bis 65535; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>Several AUTH mechanisms were given (%1); the profile uses the strongest one both sides offer.</source>
        <translation>Mehrere AUTH-Mechanismen wurden angegeben (%1); das Profil verwendet den stärksten, den beide Seiten anbieten.</translation>
    </message>
    <message>
        <source>The password is not part of the profile; store it in the keychain.</source>
        <translation>Das Passwort ist nicht Teil des Profils; speichern Sie es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is not usable (1 second to 1 hour); it was ignored.</source>
        <translation>Das Zeitlimit „%1“ ist nicht verwendbar (1 Sekunde bis 1 Stunde); es wurde ignoriert.</translation>
    </message>
    <message>
        <source>--quit-after %1 belongs to one run, not to a profile; it was ignored.</source>
        <translation>--quit-after %1 gehört zu einem Lauf, nicht zu einem Profil; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 needs a value; it was ignored.</source>
        <translation>%1 braucht einen Wert; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>No --server was given: swaks would look up the recipient&apos;s MX; set the host.</source>
        <translation>Kein --server angegeben: swaks würde den MX des Empfängers nachschlagen; bitte den Host setzen.</translation>
    </message>
    <message>
        <source>swaks does not verify the certificate without --tls-verify: the profile is marked as a trusted site (no certificate validation).</source>
        <translation>swaks prüft das Zertifikat ohne --tls-verify nicht: das Profil wird als vertrauenswürdige Gegenstelle markiert (keine Zertifikatsprüfung).</translation>
    </message>
    <message>
        <source>%1 It was ignored.</source>
        <translation>%1 Es wurde ignoriert.</translation>
    </message>
    <message>
        <source>--tls-protocol %1 names no TLS version this program offers; it was ignored.</source>
        <translation>--tls-protocol %1 nennt keine TLS-Version, die dieses Programm anbietet; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>STARTTLS is used when offered; a STARTTLS that is offered and fails is an error here, where swaks would go on in plaintext.</source>
        <translation>STARTTLS wird verwendet, wenn es angeboten wird; ein angebotenes STARTTLS, das scheitert, ist hier ein Fehler, wo swaks im Klartext weitermachen würde.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileJson</name>
    <message>
        <source>&quot;%1&quot; must be a %2, not a %3.</source>
        <translation>„%1“ muss vom Typ %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings, not a %2.</source>
        <translation>„%1“ darf nur Zeichenketten enthalten, nicht %2.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileStore</name>
    <message>
        <source>the file ends too early (truncated?)</source>
        <translation>die Datei endet zu früh (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>die Daten sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation>Profil Nr. %1</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a list of strings.</source>
        <translation>„options“ muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The profile file is empty.</source>
        <translation>Die Profildatei ist leer.</translation>
    </message>
    <message>
        <source>The profile file cannot be read: %1.</source>
        <translation>Die Profildatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The profile file has version %1, which this program does not know; it is read as far as possible and will not be overwritten.</source>
        <translation>Die Profildatei hat die Version %1, die dieses Programm nicht kennt; sie wird so weit wie möglich gelesen und nicht überschrieben.</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; in the profile file is not a list.</source>
        <translation>„profiles“ in der Profildatei ist keine Liste.</translation>
    </message>
    <message>
        <source>&quot;folders&quot; in the profile file is not a list.</source>
        <translation>„folders“ in der Profildatei ist keine Liste.</translation>
    </message>
    <message>
        <source>The application defaults were refused: %1</source>
        <translation>Die Anwendungsvorgaben wurden abgelehnt: %1</translation>
    </message>
    <message>
        <source>The application defaults were refused: not an object.</source>
        <translation>Die Anwendungsvorgaben wurden abgelehnt: kein Objekt.</translation>
    </message>
    <message>
        <source>The profile file holds neither an object nor a list.</source>
        <translation>Die Profildatei enthält weder ein Objekt noch eine Liste.</translation>
    </message>
    <message>
        <source>Profile #%1 was refused: it is not an object.</source>
        <translation>Profil Nr. %1 wurde abgelehnt: es ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was refused: another profile already has the id %2.</source>
        <translation>%1 wurde abgelehnt: ein anderes Profil hat bereits die ID %2.</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>es ist kein Objekt.</translation>
    </message>
    <message>
        <source>another folder has the same path.</source>
        <translation>ein anderer Ordner hat denselben Pfad.</translation>
    </message>
    <message>
        <source>Folder #%1 was refused: %2</source>
        <translation>Ordner Nr. %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The profile file was in the old format (version 0); it will be saved in version %1, and the old file kept as the backup.</source>
        <translation>Die Profildatei war im alten Format (Version 0); sie wird in Version %1 gespeichert, und die alte Datei wird als Sicherung behalten.</translation>
    </message>
    <message>
        <source>The profile file cannot be opened: %1</source>
        <translation>Die Profildatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The profile file is %1 bytes, more than the limit of %2 bytes.</source>
        <translation>Die Profildatei ist %1 Bytes groß, mehr als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The profile file cannot be read: %1</source>
        <translation>Die Profildatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The profile file is larger than the limit of %1 bytes.</source>
        <translation>Die Profildatei ist größer als die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The profiles that could be read are shown, read-only.</source>
        <translation>Die lesbaren Profile werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>A backup of the previous version can be restored.</source>
        <translation>Eine Sicherung der vorherigen Version kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The profile file cannot be saved; the previous version is unchanged: %1</source>
        <translation>Die Profildatei kann nicht gespeichert werden; die vorherige Version bleibt unverändert: %1</translation>
    </message>
    <message>
        <source>The profile file could not be read, so it is not overwritten. Restore the backup or discard the unreadable file first.</source>
        <translation>Die Profildatei konnte nicht gelesen werden und wird daher nicht überschrieben. Stellen Sie zuerst die Sicherung wieder her oder verwerfen Sie die unlesbare Datei.</translation>
    </message>
    <message>
        <source>The profile file was written by a newer version of this program and is not overwritten.</source>
        <translation>Die Profildatei wurde von einer neueren Version dieses Programms geschrieben und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another instance is saving the profiles; try again in a moment.</source>
        <translation>Eine andere Instanz speichert gerade die Profile; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The profile file changed on disk and cannot be read any more, so it is not overwritten: %1</source>
        <translation>Die Profildatei wurde auf der Festplatte geändert und kann nicht mehr gelesen werden, daher wird sie nicht überschrieben: %1</translation>
    </message>
    <message>
        <source>The profile file was replaced by a newer version of this program and is not overwritten.</source>
        <translation>Die Profildatei wurde durch eine neuere Version dieses Programms ersetzt und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The unreadable file could not be copied away, so it is not discarded.</source>
        <translation>Die unlesbare Datei konnte nicht beiseitekopiert werden und wird daher nicht verworfen.</translation>
    </message>
    <message>
        <source>The id must not start or end with spaces.</source>
        <translation>Die ID darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Ein Profil mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Folder %1: %2</source>
        <translation>Ordner %1: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>%1 more entries were refused.</source>
        <translation>%1 weitere Einträge wurden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileStoreError</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (a copy was kept as %2)</source>
        <translation>%1 (eine Kopie wurde als %2 behalten)</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileTreeModel</name>
    <message>
        <source>The certificate last seen expired on %1.</source>
        <translation>Das zuletzt gesehene Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate last seen expires on %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Das zuletzt gesehene Zertifikat läuft am %1 ab (noch %n Tag).</numerusform>
            <numerusform>Das zuletzt gesehene Zertifikat läuft am %1 ab (noch %n Tage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Smtp::ProxyUrl</name>
    <message>
        <source>(unparsable proxy address)</source>
        <translation>(unlesbare Proxy-Adresse)</translation>
    </message>
    <message>
        <source>The proxy must look like socks5://host:port or http://host:port (user:password@ before the host is allowed), not &quot;%1&quot;.</source>
        <translation>Der Proxy muss die Form socks5://host:port oder http://host:port haben (user:password@ vor dem Host ist erlaubt), nicht „%1“.</translation>
    </message>
    <message>
        <source>The proxy must start with socks5:// or http://, not &quot;%1&quot;.</source>
        <translation>Der Proxy muss mit socks5:// oder http:// beginnen, nicht mit „%1“.</translation>
    </message>
    <message>
        <source>The proxy needs a port from 1 to 65535, as in %1://host:1080.</source>
        <translation>Der Proxy braucht einen Port von 1 bis 65535, wie in %1://host:1080.</translation>
    </message>
    <message>
        <source>The proxy address ends after the port: nothing may follow it in &quot;%1&quot;.</source>
        <translation>Die Proxy-Adresse endet nach dem Port: In „%1“ darf nichts darauf folgen.</translation>
    </message>
</context>
<context>
    <name>Smtp::Remedy</name>
    <message>
        <source>Set the server name to %1</source>
        <translation>Servernamen auf %1 setzen</translation>
    </message>
    <message>
        <source>Open the Security tab</source>
        <translation>Reiter Sicherheit öffnen</translation>
    </message>
    <message>
        <source>Open the connection settings</source>
        <translation>Verbindungseinstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>Smtp::ScenarioRun</name>
    <message>
        <source>%1: the step &quot;message&quot; needs a recipient (--to).</source>
        <translation>%1: Der Schritt „message“ braucht einen Empfänger (--to).</translation>
    </message>
    <message>
        <source>%1: the step &quot;auth&quot; needs credentials (--user, or --auth).</source>
        <translation>%1: Der Schritt „auth“ braucht Zugangsdaten (--user oder --auth).</translation>
    </message>
</context>
<context>
    <name>Smtp::SecretBinding</name>
    <message>
        <source>&quot;secretBinding&quot; has an unusable field &quot;%1&quot;.</source>
        <translation>„secretBinding“ hat ein unbrauchbares Feld „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Smtp::SecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No keychain available: passwords cannot be remembered and will be asked for in each session.</source>
        <translation>Kein Schlüsselbund verfügbar: Passwörter können nicht gespeichert werden und werden in jeder Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>The keychain module %1 is missing.</source>
        <translation>Das Schlüsselbund-Modul %1 fehlt.</translation>
    </message>
    <message>
        <source>The keychain module could not be loaded: %1</source>
        <translation>Das Schlüsselbund-Modul konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The keychain module (%1) has no entry point.</source>
        <translation>Dem Schlüsselbund-Modul (%1) fehlt der Einsprungpunkt.</translation>
    </message>
</context>
<context>
    <name>Smtp::Session</name>
    <message>
        <source>Connecting through the %1 proxy %2:%3.</source>
        <translation>Verbindung über den %1-Proxy %2:%3.</translation>
    </message>
    <message>
        <source>Resolving %1 …</source>
        <translation>%1 wird aufgelöst …</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved: %2. Check the host name and the DNS settings.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: %2. Prüfen Sie den Hostnamen und die DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird aufgelöst zu %2</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 …</source>
        <translation>Verbindung zu %1 Port %2 …</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3</source>
        <translation>Verbunden mit %1 Port %2 von %3</translation>
    </message>
    <message>
        <source>Connection failed: %1; trying the next address.</source>
        <translation>Verbindung fehlgeschlagen: %1; die nächste Adresse wird versucht.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3. Check the host, the port and any firewall.</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich: %3. Prüfen Sie den Host, den Port und eine etwaige Firewall.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The message file changed while it was being sent.</source>
        <translation>Die Nachrichtendatei hat sich während des Sendens geändert.</translation>
    </message>
    <message>
        <source>The local address %1 cannot be used: %2. Give an address of this machine.</source>
        <translation>Die lokale Adresse %1 kann nicht verwendet werden: %2. Geben Sie eine Adresse dieses Rechners an.</translation>
    </message>
    <message>
        <source>%1 has no address of the family of the local address %2.</source>
        <translation>%1 hat keine Adresse der Familie der lokalen Adresse %2.</translation>
    </message>
    <message>
        <source>%1 has no %2 address.</source>
        <translation>%1 hat keine %2-Adresse.</translation>
    </message>
    <message>
        <source>The TLS secrets of this session go to the key log %1: anyone who can read it can decrypt the session, passwords included. Delete it when done.</source>
        <translation>Die TLS-Geheimnisse dieser Sitzung gehen in das Key-Log %1: Wer es lesen kann, kann die Sitzung entschlüsseln, Passwörter eingeschlossen. Danach löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) of TLS secrets to %1.</source>
        <translation>
            <numerusform>%n Zeile TLS-Geheimnisse nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen TLS-Geheimnisse nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Smtp::SwaksTransport</name>
    <message>
        <source>The local port %1 of --local-interface is not kept: the system chooses it.</source>
        <translation>Der lokale Port %1 von --local-interface wird nicht übernommen: Das System wählt ihn.</translation>
    </message>
    <message>
        <source>The PROXY header was left out: %1</source>
        <translation>Der PROXY-Header wurde weggelassen: %1</translation>
    </message>
    <message>
        <source>The PROXY header&apos;s destination is not kept: this program names the address it connects to.</source>
        <translation>Das Ziel des PROXY-Headers wird nicht übernommen: Dieses Programm nennt die Adresse, mit der es sich verbindet.</translation>
    </message>
</context>
<context>
    <name>SmtpCommand</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Der %1 ist leer.</translation>
    </message>
    <message>
        <source>The %1 %2.</source>
        <translation>Der %1 %2.</translation>
    </message>
    <message>
        <source>The %1 contains white space.</source>
        <translation>Der %1 enthält Leerraum.</translation>
    </message>
    <message>
        <source>A parameter is empty.</source>
        <translation>Ein Parameter ist leer.</translation>
    </message>
    <message>
        <source>A parameter %1.</source>
        <translation>Ein Parameter %1.</translation>
    </message>
    <message>
        <source>A parameter contains white space.</source>
        <translation>Ein Parameter enthält Leerraum.</translation>
    </message>
    <message>
        <source>contains a line break (CR or LF)</source>
        <translation>enthält einen Zeilenumbruch (CR oder LF)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains a control character (0x%1)</source>
        <translation>enthält ein Steuerzeichen (0x%1)</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>LHLO name</source>
        <translation>LHLO-Name</translation>
    </message>
    <message>
        <source>The VRFY argument is empty.</source>
        <translation>Das VRFY-Argument ist leer.</translation>
    </message>
    <message>
        <source>The VRFY argument %1.</source>
        <translation>Das VRFY-Argument %1.</translation>
    </message>
    <message>
        <source>The EXPN argument is empty.</source>
        <translation>Das EXPN-Argument ist leer.</translation>
    </message>
    <message>
        <source>The EXPN argument %1.</source>
        <translation>Das EXPN-Argument %1.</translation>
    </message>
    <message>
        <source>The authentication mechanism name is empty or too long.</source>
        <translation>Der Name des Authentifizierungsverfahrens ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>The authentication mechanism name contains a character that is not allowed.</source>
        <translation>Der Name des Authentifizierungsverfahrens enthält ein unerlaubtes Zeichen.</translation>
    </message>
    <message>
        <source>The initial response %1.</source>
        <translation>Die erste Antwort %1.</translation>
    </message>
    <message>
        <source>The initial response contains white space.</source>
        <translation>Die erste Antwort enthält Leerraum.</translation>
    </message>
    <message>
        <source>The authentication response %1.</source>
        <translation>Die Authentifizierungsantwort %1.</translation>
    </message>
    <message>
        <source>The authentication response contains white space.</source>
        <translation>Die Authentifizierungsantwort enthält Leerraum.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
    <message>
        <source>The command %1.</source>
        <translation>Der Befehl %1.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::AboutDialog</name>
    <message>
        <source>SMTP Workbench %1</source>
        <translation>SMTP Workbench %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>TLS backend: %1</source>
        <translation>TLS-Backend: %1</translation>
    </message>
    <message>
        <source>TLS library: %1 (built with %2)</source>
        <translation>TLS-Bibliothek: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpUi::BatchCheckDialog</name>
    <message>
        <source>Check Profiles</source>
        <translation>Profile prüfen</translation>
    </message>
    <message>
        <source>Cancel Checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The results could not be kept in the profiles: %1</source>
        <translation>Die Ergebnisse konnten nicht in den Profilen gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked, %3 failed</source>
        <translation>%1 von %2 geprüft, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1. Done.</source>
        <translation>%1. Fertig.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Export Check Results</source>
        <translation>Prüfergebnisse exportieren</translation>
    </message>
</context>
<context>
    <name>SmtpUi::BatchResultsModel</name>
    <message>
        <source>Checked</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein TLS</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>SmtpUi::CapabilitiesModel</name>
    <message>
        <source>—</source>
        <comment>capability not offered</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Offered only after STARTTLS</source>
        <translation>Erst nach STARTTLS angeboten</translation>
    </message>
    <message>
        <source>Offered before STARTTLS but no longer after it</source>
        <translation>Vor STARTTLS angeboten, danach nicht mehr</translation>
    </message>
    <message>
        <source>Offered on both sides with different parameters</source>
        <translation>Auf beiden Seiten mit unterschiedlichen Parametern angeboten</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Vor TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Nach TLS</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Over TLS</source>
        <translation>Über TLS</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>capability offered without parameters</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>SmtpUi::CertificateChainModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Inhaber)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Das Zertifikat des Servers</translation>
    </message>
    <message>
        <source>The top of the chain the server sent</source>
        <translation>Die Spitze der vom Server gesendeten Kette</translation>
    </message>
    <message>
        <source>An intermediate certificate</source>
        <translation>Ein Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>The trust anchor the chain was verified to: from this computer&apos;s trust store, not sent by the server</source>
        <translation>Der Vertrauensanker, bis zu dem die Kette geprüft wurde: aus dem Zertifikatsspeicher dieses Computers, nicht vom Server gesendet</translation>
    </message>
</context>
<context>
    <name>SmtpUi::CertificateDetailsDialog</name>
    <message>
        <source>TLS was not established.</source>
        <translation>TLS wurde nicht aufgebaut.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits)</source>
        <translation>%1, %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>The chain verified for %1.</source>
        <translation>Die Kette wurde für %1 geprüft.</translation>
    </message>
    <message>
        <source>Validation was skipped (trusted site); it would have failed: %1</source>
        <translation>Die Prüfung wurde übersprungen (vertrauenswürdige Gegenstelle); sie wäre fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The chain did not verify for %1: %2</source>
        <translation>Die Kette konnte für %1 nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ expired %n day(s) ago</source>
        <translation>
            <numerusform>⚠ vor %n Tag abgelaufen</numerusform>
            <numerusform>⚠ vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ in %n day(s)</source>
        <translation>
            <numerusform>⚠ in %n Tag</numerusform>
            <numerusform>⚠ in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>There is no certificate to export.</source>
        <translation>Es gibt kein Zertifikat zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Certificate Chain</source>
        <translation>Zertifikatskette exportieren</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>chain.pem</source>
        <translation>kette.pem</translation>
    </message>
    <message>
        <source>certificate.pem</source>
        <translation>zertifikat.pem</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SmtpUi::CertificateMemoryView</name>
    <message>
        <source>Remembered certificate</source>
        <translation>Gemerktes Zertifikat</translation>
    </message>
    <message>
        <source>Remember This &amp;Certificate</source>
        <translation>Dieses &amp;Zertifikat merken</translation>
    </message>
    <message>
        <source>Keep this verified certificate in the profile: later sessions say whether the server still presents it</source>
        <translation>Dieses geprüfte Zertifikat im Profil behalten: spätere Sitzungen sagen, ob der Server es noch vorlegt</translation>
    </message>
    <message>
        <source>%1 This one cannot be remembered: its chain was not verified.</source>
        <translation>%1 Dieses kann nicht gemerkt werden: seine Kette wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The same certificate as the one remembered on %1.</source>
        <translation>Dasselbe Zertifikat wie das am %1 gemerkte.</translation>
    </message>
    <message>
        <source>Not the certificate remembered on %1: see the notice above.</source>
        <translation>Nicht das am %1 gemerkte Zertifikat: siehe den Hinweis oben.</translation>
    </message>
    <message>
        <source>%1 It cannot be accepted: its chain was not verified.</source>
        <translation>%1 Es kann nicht angenommen werden: seine Kette wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Accept New &amp;Certificate</source>
        <translation>Neues &amp;Zertifikat annehmen</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ComposePanel</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: give at least one recipient.</source>
        <translation>Nicht gesendet: Geben Sie mindestens einen Empfänger an.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Nicht an %1 gesendet: %2</translation>
    </message>
</context>
<context>
    <name>SmtpUi::DomainCheckDialog</name>
    <message>
        <source>Check Domain</source>
        <translation>Domain prüfen</translation>
    </message>
    <message>
        <source>Verdicts by address and mode</source>
        <translation>Ergebnisse nach Adresse und Modus</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Show Transcript</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Cancel Checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <source>Looking up the mail exchangers of %1…</source>
        <translation>Die Mail-Exchanger von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Give a domain or a host, then Check.</source>
        <translation>Geben Sie eine Domain oder einen Host an, dann Prüfen.</translation>
    </message>
    <message>
        <source>%1 of %2 checked, %3 failed</source>
        <translation>%1 von %2 geprüft, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1. Done.</source>
        <translation>%1. Fertig.</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1. Cancelled.</source>
        <translation>%1. Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::DomainCheckForm</name>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (verlangt)</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>Choose the CA File</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>mail.example.org or an address</source>
        <translation>mail.example.org oder eine Adresse</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Give the domain to check.</source>
        <translation>Geben Sie die zu prüfende Domain an.</translation>
    </message>
    <message>
        <source>Give the host to check.</source>
        <translation>Geben Sie den zu prüfenden Host an.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::DomainGridModel</name>
    <message>
        <source>%1 plain</source>
        <translation>%1 unverschlüsselt</translation>
    </message>
    <message>
        <source>%1 STARTTLS</source>
        <translation>%1 STARTTLS</translation>
    </message>
    <message>
        <source>%1 implicit TLS</source>
        <translation>%1 implizites TLS</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Settings unusable</source>
        <translation>Einstellungen unbrauchbar</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Kein STARTTLS</translation>
    </message>
    <message>
        <source>Certificate untrusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Client certificate unusable</source>
        <translation>Client-Zertifikat unbrauchbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation>Anmeldung verweigert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation>Protokollverletzung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Delivery unknown</source>
        <translation>Zustellung unbekannt</translation>
    </message>
    <message>
        <source>Expectation failed</source>
        <translation>Erwartung nicht erfüllt</translation>
    </message>
    <message>
        <source>Exchanger</source>
        <translation>Exchanger</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1
Double-click for the transcript.</source>
        <translation>%1
Doppelklick für das Protokoll.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>OK (%1)
Double-click for the transcript.</source>
        <translation>OK (%1)
Doppelklick für das Protokoll.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Pending…</source>
        <translation>Ausstehend…</translation>
    </message>
    <message>
        <source>%1 STARTTLS if offered</source>
        <translation>%1 STARTTLS falls angeboten</translation>
    </message>
</context>
<context>
    <name>SmtpUi::InfoBar</name>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>SmtpUi::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SmtpUi::LogExportFile</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Session Log</source>
        <translation>Sitzungsprotokoll exportieren</translation>
    </message>
</context>
<context>
    <name>SmtpUi::MainWindow</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Export Session Log…</source>
        <translation>Sitzungsprotokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sitzung sch&amp;ließen</translation>
    </message>
    <message>
        <source>&amp;Next Session</source>
        <translation>&amp;Nächste Sitzung</translation>
    </message>
    <message>
        <source>&amp;Previous Session</source>
        <translation>&amp;Vorherige Sitzung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About SMTP Workbench</source>
        <translation>Ü&amp;ber SMTP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Session log saved to %1</source>
        <translation>Sitzungsprotokoll gespeichert unter %1</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Choose a profile and press Connect (Ctrl+Return) to start a session,
or create one with New Profile (Ctrl+N) and try it with its Test button.
Each session opens in its own tab; several can run at once.</source>
        <translation>Wählen Sie ein Profil und drücken Sie Verbinden (Strg+Eingabe), um eine Sitzung zu beginnen,
oder legen Sie eines mit Neues Profil (Strg+N) an und probieren Sie es mit seiner Schaltfläche Testen aus.
Jede Sitzung öffnet sich in einem eigenen Tab; mehrere können gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>The new language is used the next time SMTP Workbench starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von SMTP Workbench.</translation>
    </message>
    <message>
        <source>Saving the session log to %1…</source>
        <translation>Sitzungsprotokoll wird unter %1 gespeichert…</translation>
    </message>
    <message>
        <source>Save the session&apos;s transcript as text, HTML or JSON</source>
        <translation>Das Protokoll der Sitzung als Text, HTML oder JSON speichern</translation>
    </message>
    <message>
        <source>Show the certificate chain the server presented</source>
        <translation>Die Zertifikatskette zeigen, die der Server vorgelegt hat</translation>
    </message>
    <message>
        <source>Close the session tab (QUIT first when it is still open)</source>
        <translation>Den Sitzungs-Tab schließen (vorher QUIT, wenn die Sitzung noch offen ist)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Ne&amp;u verbinden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the ended session again with the same settings, in the same tab</source>
        <translation>Die beendete Sitzung mit denselben Einstellungen im selben Tab erneut ausführen</translation>
    </message>
    <message>
        <source>Close &amp;Finished Sessions</source>
        <translation>&amp;Beendete Sitzungen schließen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Close every tab whose session has ended</source>
        <translation>Jeden Tab schließen, dessen Sitzung beendet ist</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backtab</source>
        <translation>Ctrl+Shift+Backtab</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session&apos;s result was not saved in the profile: %1</source>
        <translation>Das Ergebnis der Sitzung wurde nicht im Profil gespeichert: %1</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;; nothing was connected. Choose a profile in the list, or check the name (exact, any case, or Folder/Name).</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“; es wurde nichts verbunden. Wählen Sie ein Profil in der Liste, oder prüfen Sie den Namen (genau, beliebige Groß-/Kleinschreibung, oder Ordner/Name).</translation>
    </message>
    <message>
        <source>Profile Not Found</source>
        <translation>Profil nicht gefunden</translation>
    </message>
    <message>
        <source>Saying QUIT to the open sessions…</source>
        <translation>Die offenen Sitzungen senden QUIT …</translation>
    </message>
    <message>
        <source>Save as &amp;Scenario…</source>
        <translation>Als &amp;Szenario speichern…</translation>
    </message>
    <message>
        <source>Save the session&apos;s commands and reply codes as a scenario to replay</source>
        <translation>Die Befehle und Antwortcodes der Sitzung als abspielbares Szenario speichern</translation>
    </message>
    <message>
        <source>Profiles Not Loaded</source>
        <translation>Profile nicht geladen</translation>
    </message>
    <message>
        <source>The profiles are read-only until you choose. A backup of the last good file may exist.</source>
        <translation>Die Profile sind schreibgeschützt, bis Sie eine Wahl treffen. Eine Sicherung der letzten guten Datei ist vielleicht vorhanden.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Continue Read-Only</source>
        <translation>Schreibgeschützt fortfahren</translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Check &amp;Domain…</source>
        <translation>&amp;Domain prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Check every address of a domain&apos;s mail exchangers, in one mode or all four</source>
        <translation>Jede Adresse der Mail-Exchanger einer Domain prüfen, in einem Modus oder allen vier</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Cer&amp;tificate Details…</source>
        <translation>&amp;Zertifikatsdetails…</translation>
    </message>
</context>
<context>
    <name>SmtpUi::OtherToolActions</name>
    <message>
        <source>Copy as s&amp;waks Command</source>
        <translation>Als s&amp;waks-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the swaks command line that runs this profile&apos;s test (without passwords)</source>
        <translation>Die swaks-Befehlszeile kopieren, die den Test dieses Profils ausführt (ohne Passwörter)</translation>
    </message>
    <message>
        <source>Copy as &amp;openssl s_client Command</source>
        <translation>Als &amp;openssl-s_client-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the openssl s_client command line that opens this profile&apos;s TLS connection (without passwords)</source>
        <translation>Die openssl-s_client-Befehlszeile kopieren, die die TLS-Verbindung dieses Profils öffnet (ohne Passwörter)</translation>
    </message>
    <message>
        <source>%1 uses no TLS: there is no openssl s_client command for it.</source>
        <translation>%1 verwendet kein TLS: Dafür gibt es keinen openssl-s_client-Befehl.</translation>
    </message>
    <message>
        <source>Copied the swaks command for %1 (without passwords).</source>
        <translation>Der swaks-Befehl für %1 wurde kopiert (ohne Passwörter).</translation>
    </message>
    <message>
        <source>Copied the openssl s_client command for %1 (without passwords).</source>
        <translation>Der openssl-s_client-Befehl für %1 wurde kopiert (ohne Passwörter).</translation>
    </message>
    <message>
        <source>New Profile from swaks Command</source>
        <translation>Neues Profil aus swaks-Befehl</translation>
    </message>
    <message>
        <source>Paste a swaks command line. A password in it goes to the editor&apos;s password field, never to the profile file.</source>
        <translation>Eine swaks-Befehlszeile einfügen. Ein darin enthaltenes Passwort kommt in das Passwortfeld des Editors, nie in die Profildatei.</translation>
    </message>
    <message>
        <source>No Profile from This Command</source>
        <translation>Kein Profil aus diesem Befehl</translation>
    </message>
    <message>
        <source>Not understood, left out: %1</source>
        <translation>Nicht verstanden, weggelassen: %1</translation>
    </message>
    <message>
        <source>From the swaks Command</source>
        <translation>Aus dem swaks-Befehl</translation>
    </message>
    <message>
        <source>New Profile from swaks Comm&amp;and…</source>
        <translation>Neues Profil &amp;aus swaks-Befehl…</translation>
    </message>
</context>
<context>
    <name>SmtpUi::PolicyCheckDialog</name>
    <message>
        <source>Check Policy: %1</source>
        <translation>Richtlinie prüfen: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Probing %1:%2 …</source>
        <translation>Probe von %1:%2 …</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 of %2 probes judged …</source>
        <translation>%1 von %2 Probes bewertet …</translation>
    </message>
    <message>
        <source>Stopped: the findings listed are those made before.</source>
        <translation>Gestoppt: Die aufgeführten Befunde sind die bis dahin gemachten.</translation>
    </message>
    <message>
        <source>No probe reached the server, so nothing was checked: %1</source>
        <translation>Keine Probe hat den Server erreicht, daher wurde nichts geprüft: %1</translation>
    </message>
    <message>
        <source>Done: %1 passed, %2 warnings, %3 failed, %4 not applicable.</source>
        <translation>Fertig: %1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 nicht anwendbar.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileDeletions</name>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n Profil</numerusform>
            <numerusform>%n Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not all be removed from the keychain: %2</source>
        <translation>Die Geheimnisse von %1 konnten nicht alle aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The restored profiles&apos; secrets could not all be put back in the keychain: %1</source>
        <translation>Die Geheimnisse der wiederhergestellten Profile konnten nicht alle in den Schlüsselbund zurückgelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileEditorDialog</name>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (verlangt)</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automatisch (stärkster angebotener)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>Geerbt: %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Not stored; saved to the keychain</source>
        <translation>Nicht gespeichert; wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A host name or address is required.</source>
        <translation>Ein Hostname oder eine Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>STARTTLS needs EHLO: turn on extended SMTP or choose another security mode.</source>
        <translation>STARTTLS braucht EHLO: erweitertes SMTP einschalten oder einen anderen Sicherheitsmodus wählen.</translation>
    </message>
    <message>
        <source>A client key needs a client certificate.</source>
        <translation>Ein Client-Schlüssel braucht ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>Authentication needs a user name.</source>
        <translation>Authentifizierung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden.</numerusform>
            <numerusform>%n Felder müssen geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password typed as user:password@ before the host is stored in the keychain; the profile keeps the address without it.</source>
        <translation>Ein als Benutzer:Passwort@ vor dem Host eingegebenes Passwort wird im Schlüsselbund gespeichert; das Profil behält die Adresse ohne es.</translation>
    </message>
    <message>
        <source>New Destination</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Where this profile connects changes:
%1

Keep the saved password for the new destination?</source>
        <translation>Das Ziel dieses Profils ändert sich:
%1

Das gespeicherte Passwort für das neue Ziel behalten?</translation>
    </message>
    <message>
        <source>Keep Password</source>
        <translation>Passwort behalten</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Protokoll zeigen</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Unbenanntes Profil</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Plaintext session: the server answered; nothing was encrypted.</source>
        <translation>Unverschlüsselte Sitzung: Der Server hat geantwortet; nichts wurde verschlüsselt.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verified implicit TLS session, %1.</source>
        <translation>Geprüfte Sitzung mit implizitem TLS, %1.</translation>
    </message>
    <message>
        <source>Verified STARTTLS session, %1.</source>
        <translation>Geprüfte STARTTLS-Sitzung, %1.</translation>
    </message>
    <message>
        <source>Implicit TLS session, %1; the certificate was not validated (trusted site).</source>
        <translation>Sitzung mit implizitem TLS, %1; das Zertifikat wurde nicht geprüft (vertrauenswürdige Site).</translation>
    </message>
    <message>
        <source>STARTTLS session, %1; the certificate was not validated (trusted site).</source>
        <translation>STARTTLS-Sitzung, %1; das Zertifikat wurde nicht geprüft (vertrauenswürdige Site).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The credentials were not sent: a test sends them only over TLS with a validated certificate.</source>
        <translation>Die Anmeldedaten wurden nicht gesendet: Ein Test sendet sie nur über TLS mit geprüftem Zertifikat.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard changes to this profile?</source>
        <translation>Änderungen an diesem Profil verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Either an SNI name or no SNI at all, not both.</source>
        <translation>Entweder ein SNI-Name oder gar keine SNI, nicht beides.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6</source>
        <translation>IPv4 oder IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>LMTP</source>
        <translation>LMTP</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Version 1 (text)</source>
        <translation>Version 1 (Text)</translation>
    </message>
    <message>
        <source>Version 2 (binary)</source>
        <translation>Version 2 (binär)</translation>
    </message>
    <message>
        <source>A PROXY header needs the source address it claims.</source>
        <translation>Ein PROXY-Header braucht die Quelladresse, die er angibt.</translation>
    </message>
    <message>
        <source>STARTTLS if offered (opportunistic)</source>
        <translation>STARTTLS falls angeboten (opportunistisch)</translation>
    </message>
    <message>
        <source>The folder of this file does not exist.</source>
        <translation>Der Ordner dieser Datei existiert nicht.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileFileWatcher</name>
    <message>
        <source>The profile file was changed by another program.</source>
        <translation>Die Profildatei wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Profiles reloaded from %1</source>
        <translation>Profile neu geladen aus %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileItemDelegate</name>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days the certificate has left</comment>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileRunLauncher</name>
    <message>
        <source>Run Scenario</source>
        <translation>Szenario ausführen</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario)</source>
        <translation>Szenarien (*.scenario)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scenario Not Run</source>
        <translation>Szenario nicht ausgeführt</translation>
    </message>
    <message>
        <source>Scenario Not Attached</source>
        <translation>Szenario nicht angehängt</translation>
    </message>
    <message>
        <source>The scenario was not attached to the profile: %1</source>
        <translation>Das Szenario wurde nicht an das Profil angehängt: %1</translation>
    </message>
    <message>
        <source>The saved password of &quot;%1&quot; was confirmed for another destination (%2) and was not used. Confirm the destination in the profile editor, then run the scenario again.</source>
        <translation>Das gespeicherte Passwort von „%1“ wurde für ein anderes Ziel (%2) bestätigt und nicht verwendet. Bestätigen Sie das Ziel im Profileditor und führen Sie das Szenario dann erneut aus.</translation>
    </message>
    <message>
        <source>The scenario authenticates, and &quot;%1&quot; has no password in the keychain. Connect the profile once and remember the password, then run the scenario again.</source>
        <translation>Das Szenario authentifiziert sich, und für „%1“ ist kein Passwort im Schlüsselbund. Verbinden Sie das Profil einmal und merken Sie sich das Passwort, dann führen Sie das Szenario erneut aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes through a proxy that needs a password, and there is none in the keychain. Connect the profile once and remember it, then run the scenario again.</source>
        <translation>„%1“ geht über einen Proxy, der ein Passwort braucht, und im Schlüsselbund ist keines. Verbinden Sie das Profil einmal und merken Sie es, dann führen Sie das Szenario erneut aus.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileRunRecorder</name>
    <message>
        <source>The certificate was not remembered: its chain was not verified.</source>
        <translation>Das Zertifikat wurde nicht gemerkt: seine Kette wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The certificate was not remembered: the profile no longer exists.</source>
        <translation>Das Zertifikat wurde nicht gemerkt: das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The certificate was not remembered: %1</source>
        <translation>Das Zertifikat wurde nicht gemerkt: %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfilesPanel</name>
    <message>
        <source>Search profiles</source>
        <translation>Profile durchsuchen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen rückgän&amp;gig machen</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>Profile &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Profiles…</source>
        <translation>Profile e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Find Profile</source>
        <translation>Profil su&amp;chen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Profile %1 created</source>
        <translation>Profil %1 angelegt</translation>
    </message>
    <message>
        <source>Profile %1 saved</source>
        <translation>Profil %1 gespeichert</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile file could not be saved.</source>
        <translation>Die Profildatei konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n profile(s).</source>
        <translation>
            <numerusform>%n Profil wiederhergestellt.</numerusform>
            <numerusform>%n Profile wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importiert aus %1: %2</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import, Keep Both</source>
        <translation>Importieren, beide behalten</translation>
    </message>
    <message>
        <source>Import, Replace Changed</source>
        <translation>Importieren, geänderte ersetzen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>profiles-export.json</source>
        <translation>profile-export.json</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Profiles exported to %1 (without passwords)</source>
        <translation>Profile nach %1 exportiert (ohne Passwörter)</translation>
    </message>
    <message>
        <source>Search name, host or tag (Ctrl+Shift+F)</source>
        <translation>Name, Host oder Schlagwort suchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>The profile file could not be read or was written by a newer version: profiles are read-only and nothing will be overwritten.</source>
        <translation>Die Profildatei konnte nicht gelesen werden oder wurde von einer neueren Version geschrieben: die Profile sind schreibgeschützt, und nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>Import these profiles?

%1</source>
        <translation>Diese Profile importieren?

%1</translation>
    </message>
    <message>
        <source>%1 changes:</source>
        <translation>%1 ändert sich:</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Kein Profil passt zu „%1“.</translation>
    </message>
    <message>
        <source>Chec&amp;k Profiles</source>
        <translation>Profile &amp;prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Check the selected profiles, or every profile of the selected folders, at once</source>
        <translation>Die ausgewählten Profile oder alle Profile der ausgewählten Ordner auf einmal prüfen</translation>
    </message>
    <message>
        <source>Check &amp;Policy…</source>
        <translation>&amp;Richtlinie prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Probe the selected profile&apos;s server: STARTTLS, AUTH, open relay, VRFY, EXPN, TLS versions</source>
        <translation>Den Server des ausgewählten Profils prüfen: STARTTLS, AUTH, offenes Relay, VRFY, EXPN, TLS-Versionen</translation>
    </message>
    <message>
        <source>Run &amp;Scenario…</source>
        <translation>&amp;Szenario ausführen…</translation>
    </message>
    <message>
        <source>Run a scenario file over the selected profile&apos;s server</source>
        <translation>Eine Szenariodatei gegen den Server des ausgewählten Profils ausführen</translation>
    </message>
    <message>
        <source>Co&amp;mpare Runs…</source>
        <translation>Läu&amp;fe vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the profile&apos;s runs and what changed between two of them</source>
        <translation>Die Läufe des Profils zeigen und was sich zwischen zweien geändert hat</translation>
    </message>
    <message>
        <source>Comparing needs two runs of the profile: connect it or check it</source>
        <translation>Zum Vergleichen braucht es zwei Läufe des Profils: verbinden oder prüfen Sie es</translation>
    </message>
    <message>
        <source>Duplica&amp;te Profile</source>
        <translation>Profil dupli&amp;zieren</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ReplaceConfirmation</name>
    <message>
        <source>“%1” is a symbolic link to “%2”. Saving replaces the contents of “%2”.</source>
        <translation>„%1“ ist ein symbolischer Link auf „%2“. Beim Speichern wird der Inhalt von „%2“ ersetzt.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link to “%2”, which does not exist yet. Saving creates “%2”.</source>
        <translation>„%1“ ist ein symbolischer Link auf „%2“, das noch nicht existiert. Beim Speichern wird „%2“ angelegt.</translation>
    </message>
    <message>
        <source>“%1” already exists. Saving replaces it.</source>
        <translation>„%1“ existiert bereits. Beim Speichern wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>SmtpUi::RunComparisonDialog</name>
    <message>
        <source>Compare Runs: %1</source>
        <translation>Läufe vergleichen: %1</translation>
    </message>
    <message numerus="yes">
        <source>This profile has %n run(s) on record; comparing needs two. Each session of the profile and each Check Profiles adds one.</source>
        <translation>
            <numerusform>Dieses Profil hat %n gespeicherten Lauf; zum Vergleichen braucht es zwei. Jede Sitzung des Profils und jedes Profile prüfen fügt einen hinzu.</numerusform>
            <numerusform>Dieses Profil hat %n gespeicherte Läufe; zum Vergleichen braucht es zwei. Jede Sitzung des Profils und jedes Profile prüfen fügt einen hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs, newest first. Select two to compare (Ctrl+click the second).</source>
        <translation>Läufe, neueste zuerst. Wählen Sie zwei zum Vergleichen (Ctrl+Klick auf den zweiten).</translation>
    </message>
    <message>
        <source>Select two runs to compare.</source>
        <translation>Wählen Sie zwei Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <source>From %1 to %2: nothing changed.</source>
        <translation>Von %1 bis %2: nichts geändert.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Von %1 bis %2:</translation>
    </message>
</context>
<context>
    <name>SmtpUi::RunHistoryModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Certificate days left</source>
        <translation>Tage bis Zertifikatsablauf</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ScenarioRunDialog</name>
    <message>
        <source>Run Scenario: %1</source>
        <translation>Szenario ausführen: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Running the scenario against %1:%2 …</source>
        <translation>Szenario läuft gegen %1:%2 …</translation>
    </message>
    <message>
        <source>(no reply: the session ended)</source>
        <translation>(keine Antwort: Die Sitzung ist beendet)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expect %1</source>
        <translation>expect %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Passed: every expectation held (%n checked).</source>
        <translation>
            <numerusform>Bestanden: Jede Erwartung hat zugetroffen (%n geprüft).</numerusform>
            <numerusform>Bestanden: Jede Erwartung hat zugetroffen (%n geprüft).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpUi::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Proxy Password for %1</source>
        <translation>Proxy-Passwort für %1</translation>
    </message>
    <message>
        <source>&amp;Proxy password:</source>
        <translation>&amp;Proxy-Passwort:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Key Passphrase for %1</source>
        <translation>Schlüssel-Passphrase für %1</translation>
    </message>
    <message>
        <source>&amp;Key passphrase:</source>
        <translation>&amp;Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
</context>
<context>
    <name>SmtpUi::SessionCloser</name>
    <message>
        <source>Quit SMTP Workbench</source>
        <translation>SMTP Workbench beenden</translation>
    </message>
    <message>
        <source>1 session is open: quit it?</source>
        <translation>1 Sitzung ist offen: beenden?</translation>
    </message>
    <message>
        <source>%1 sessions are open: quit them?</source>
        <translation>%1 Sitzungen sind offen: beenden?</translation>
    </message>
    <message>
        <source>Each session says QUIT to its server before the window closes.</source>
        <translation>Jede Sitzung sendet ihrem Server QUIT, bevor sich das Fenster schließt.</translation>
    </message>
    <message>
        <source>Quit Sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
</context>
<context>
    <name>SmtpUi::SessionSecretsPrompt</name>
    <message>
        <source>The saved secret was confirmed for another destination (%1); it is not sent here unless you type it for this destination, or confirm the new destination in the profile editor.</source>
        <translation>Das gespeicherte Geheimnis wurde für ein anderes Ziel bestätigt (%1); es wird hier nur gesendet, wenn Sie es für dieses Ziel eingeben oder das neue Ziel im Profileditor bestätigen.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available, so nothing is saved for this profile.</source>
        <translation>Kein Schlüsselbund verfügbar, daher ist für dieses Profil nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the password for %1. Type it again to reconnect.</source>
        <translation>Der Server hat das Passwort für %1 abgelehnt. Geben Sie es erneut ein, um neu zu verbinden.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::SessionTab</name>
    <message>
        <source>%1 port %2 (%3)</source>
        <translation>%1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: beendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No certificate yet</source>
        <translation>Noch kein Zertifikat</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>✔ Verified for %1</source>
        <translation>✔ Geprüft für %1</translation>
    </message>
    <message>
        <source>⚠ Not checked (trusted site). Would have failed: %1</source>
        <translation>⚠ Nicht geprüft (vertrauenswürdige Gegenstelle). Wäre fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>✖ Not verified: %1</source>
        <translation>✖ Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Certificate Details: %1</source>
        <translation>Zertifikatsdetails: %1</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>auto (the strongest mechanism both sides offer)</source>
        <translation>auto (der stärkste Mechanismus, den beide Seiten anbieten)</translation>
    </message>
    <message>
        <source>The profile has no user name to authenticate with</source>
        <translation>Das Profil hat keinen Benutzernamen für die Anmeldung</translation>
    </message>
    <message>
        <source>Authenticate (AUTH) with the profile&apos;s credentials; mechanism: %1</source>
        <translation>Mit den Zugangsdaten des Profils anmelden (AUTH); Mechanismus: %1</translation>
    </message>
    <message>
        <source>Capabilities over TLS</source>
        <translation>Fähigkeiten über TLS</translation>
    </message>
    <message>
        <source>Authentication failed: the server refused the password.</source>
        <translation>Anmeldung fehlgeschlagen: Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Type the Password Again…</source>
        <translation>Passwort erneut &amp;eingeben …</translation>
    </message>
    <message>
        <source>Failed: see the message above the transcript</source>
        <translation>Fehlgeschlagen: siehe die Meldung über dem Protokoll</translation>
    </message>
    <message>
        <source>%1

What the reply means: %2</source>
        <translation>%1

Bedeutung der Antwort: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Resolving the host name</source>
        <translation>Hostname wird aufgelöst</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Warten auf die Begrüßung</translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <translation>Begrüßung (EHLO)</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>TLS wird gestartet</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Nachricht wird gesendet</translation>
    </message>
    <message>
        <source>Ready for commands</source>
        <translation>Bereit für Befehle</translation>
    </message>
    <message>
        <source>Waiting for the reply</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Go to the SMTP Command Field</source>
        <translation>Zum SMTP-Befehlsfeld</translation>
    </message>
</context>
<context>
    <name>SmtpUi::TestSessionSlot</name>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::TimingChartWidget</name>
    <message>
        <source>Phase timings</source>
        <translation>Zeiten der Phasen</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>No timings yet</source>
        <translation>Noch keine Zeiten</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>SmtpUi::TranscriptModel</name>
    <message>
        <source>S</source>
        <comment>transcript marker: server line</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>C</source>
        <comment>transcript marker: client line</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>TLS</source>
        <comment>transcript marker: TLS event</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>i</source>
        <comment>transcript marker: information</comment>
        <translation>i</translation>
    </message>
    <message>
        <source>!</source>
        <comment>transcript marker: warning</comment>
        <translation>!</translation>
    </message>
    <message>
        <source>✖</source>
        <comment>transcript marker: error</comment>
        <translation>✖</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Received before TLS: anyone on the path could have written or changed this line.</source>
        <translation>Vor TLS empfangen: jeder auf dem Weg hätte diese Zeile schreiben oder verändern können.</translation>
    </message>
    <message>
        <source>Credentials in this line were replaced before it was recorded.</source>
        <translation>Zugangsdaten in dieser Zeile wurden vor der Aufzeichnung ersetzt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more byte(s)</source>
        <translation>
            <numerusform>… und %n weiteres Byte</numerusform>
            <numerusform>… und %n weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpUi::TranscriptView</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show or hide %1 lines</source>
        <translation>%1-Zeilen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show %1 lines</source>
        <translation>%1-Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Relative Zeit</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time stamp format</source>
        <translation>Format der Zeitstempel</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Im Transkript suchen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Rückwärts suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Weitersuchen (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Scroll to new lines as they arrive (stops when you scroll up)</source>
        <translation>Zu neuen Zeilen scrollen, sobald sie ankommen (hört auf, wenn Sie nach oben scrollen)</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Neuen Zeilen folgen</translation>
    </message>
    <message>
        <source>Session transcript</source>
        <translation>Sitzungstranskript</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) are no longer shown here to keep the window responsive; the exported log contains every line.</source>
        <translation>
            <numerusform>%n frühere Zeile wird hier nicht mehr angezeigt, damit das Fenster reaktionsfähig bleibt; das exportierte Protokoll enthält jede Zeile.</numerusform>
            <numerusform>%n frühere Zeilen werden hier nicht mehr angezeigt, damit das Fenster reaktionsfähig bleibt; das exportierte Protokoll enthält jede Zeile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>TlsInspection</name>
    <message>
        <source>Cannot write the TLS key log %1: %2</source>
        <translation>Das TLS-Key-Log %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TlsOfferFields</name>
    <message>
        <source>Inherited (TLS %1)</source>
        <translation>Geerbt (TLS %1)</translation>
    </message>
    <message>
        <source>The TLS library&apos;s defaults</source>
        <translation>Die Vorgaben der TLS-Bibliothek</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>Geerbt: %1</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>Cannot read the %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The %1 %2 is too large to be one.</source>
        <translation>%1 %2 ist zu groß, um eines zu sein.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message numerus="yes">
        <source>Trusting %n extra CA certificate(s) from %1.</source>
        <translation>
            <numerusform>%n zusätzlichem CA-Zertifikat aus %1 wird vertraut.</numerusform>
            <numerusform>%n zusätzlichen CA-Zertifikaten aus %1 wird vertraut.</numerusform>
        </translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be opened: wrong password, or not a PKCS#12 file with a certificate and key.</source>
        <translation>Die PKCS#12-Datei %1 kann nicht geöffnet werden: falsches Passwort, oder keine PKCS#12-Datei mit Zertifikat und Schlüssel.</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The client key in %1 cannot be loaded: wrong passphrase, or no PEM private key there.</source>
        <translation>Der Client-Schlüssel in %1 kann nicht geladen werden: falsche Passphrase, oder dort ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Client certificate %1 loaded from %2.</source>
        <translation>Client-Zertifikat %1 aus %2 geladen.</translation>
    </message>
    <message>
        <source>Sending no SNI (server name indication).</source>
        <translation>Es wird keine SNI (Server Name Indication) gesendet.</translation>
    </message>
    <message>
        <source>Sending SNI %1; the certificate is verified for %2.</source>
        <translation>SNI %1 wird gesendet; das Zertifikat wird für %2 geprüft.</translation>
    </message>
    <message>
        <source>The TLS library does not offer TLS %1 to %2.</source>
        <translation>Die TLS-Bibliothek bietet TLS %1 bis %2 nicht an.</translation>
    </message>
    <message>
        <source>The TLS library cannot be set up.</source>
        <translation>Die TLS-Bibliothek kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The TLS library knows none of the ciphers %1.</source>
        <translation>Die TLS-Bibliothek kennt keinen der Cipher %1.</translation>
    </message>
    <message>
        <source>Offering TLS %1 to %2.</source>
        <translation>TLS %1 bis %2 wird angeboten.</translation>
    </message>
    <message>
        <source>Offering the ciphers %1.</source>
        <translation>Die Cipher %1 werden angeboten.</translation>
    </message>
    <message>
        <source>Asking for a stapled OCSP response.</source>
        <translation>Frage nach einer gehefteten OCSP-Antwort.</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Preferences and window layout cannot be saved: %1 is damaged. Repair or remove it.</source>
        <translation>Einstellungen und Fensteranordnung können nicht gespeichert werden: %1 ist beschädigt. Reparieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>Preferences and window layout cannot be saved: %1 cannot be written.</source>
        <translation>Einstellungen und Fensteranordnung können nicht gespeichert werden: %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>XOAuth2Mechanism</name>
    <message>
        <source>The server sent an XOAUTH2 challenge before the credentials.</source>
        <translation>Der Server hat vor den Zugangsdaten eine XOAUTH2-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent another XOAUTH2 challenge after its error report.</source>
        <translation>Der Server hat nach seiner Fehlermeldung eine weitere XOAUTH2-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>Xclient</name>
    <message>
        <source>The XCLIENT attribute &quot;%1&quot; is not NAME=VALUE.</source>
        <translation>Das XCLIENT-Attribut „%1“ ist nicht NAME=WERT.</translation>
    </message>
    <message>
        <source>The XCLIENT attribute name &quot;%1&quot; is not a word of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der XCLIENT-Attributname „%1“ ist kein Wort aus Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>The XCLIENT attribute %1 %2.</source>
        <translation>Das XCLIENT-Attribut %1 %2.</translation>
    </message>
    <message>
        <source>XCLIENT needs at least one attribute.</source>
        <translation>XCLIENT braucht mindestens ein Attribut.</translation>
    </message>
    <message>
        <source>The XCLIENT line would be %1 octets long; at most %2 are allowed.</source>
        <translation>Die XCLIENT-Zeile wäre %1 Oktette lang; höchstens %2 sind erlaubt.</translation>
    </message>
</context>
</TS>

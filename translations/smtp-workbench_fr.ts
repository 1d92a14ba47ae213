<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Workbench</source>
        <translation>À propos de SMTP Workbench</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nom et version de l&apos;application</translation>
    </message>
    <message>
        <source>An interactive SMTP client for testing mail servers: connections, STARTTLS and implicit TLS, certificates, authentication and test messages.</source>
        <translation>Un client SMTP interactif pour tester des serveurs de messagerie : connexions, STARTTLS et TLS implicite, certificats, authentification et messages de test.</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Versions des bibliothèques</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. There is no warranty.</source>
        <translation>Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure. Il n&apos;y a aucune garantie.</translation>
    </message>
</context>
<context>
    <name>AddressDisclosure</name>
    <message>
        <source>postmaster: %1; %2: %3</source>
        <translation>postmaster : %1 ; %2 : %3</translation>
    </message>
    <message>
        <source>Not conclusive: the server did not give %1 a clear answer (%2). Try again later.</source>
        <translation>Non concluant : le serveur n&apos;a pas donné de réponse claire à %1 (%2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>EXPN is answered (%1): it shows who receives the mail of an address or a list. Disable EXPN, as RFC 5321 §7.3 allows.</source>
        <translation>EXPN reçoit une réponse (%1) : il montre qui reçoit le courrier d&apos;une adresse ou d&apos;une liste. Désactivez EXPN, comme le permet la RFC 5321 §7.3.</translation>
    </message>
    <message>
        <source>%1 tells an existing address from a made-up one (%2): anyone can find out which addresses exist. Disable %1, or answer 252 to every query (RFC 5321 §3.5.3, §7.3).</source>
        <translation>%1 distingue une adresse existante d&apos;une adresse inventée (%2) : n&apos;importe qui peut découvrir quelles adresses existent. Désactivez %1, ou répondez 252 à chaque requête (RFC 5321 §3.5.3, §7.3).</translation>
    </message>
    <message>
        <source>VRFY confirms even a made-up address (%1). That reveals nothing, but 250 claims the address was verified (RFC 5321 §3.5.3); 252 is the honest answer.</source>
        <translation>VRFY confirme même une adresse inventée (%1). Cela ne révèle rien, mais 250 prétend que l&apos;adresse a été vérifiée (RFC 5321 §3.5.3) ; 252 est la réponse honnête.</translation>
    </message>
    <message>
        <source>VRFY says that even postmaster does not exist (%1); every server must accept mail for postmaster (RFC 5321 §4.5.1).</source>
        <translation>VRFY indique que même postmaster n&apos;existe pas (%1) ; tout serveur doit accepter le courrier pour postmaster (RFC 5321 §4.5.1).</translation>
    </message>
    <message>
        <source>EXPN expands neither postmaster nor a made-up name (%1): it reveals nothing.</source>
        <translation>EXPN ne développe ni postmaster ni un nom inventé (%1) : il ne révèle rien.</translation>
    </message>
    <message>
        <source>%1 answers without confirming anything (%2), as RFC 5321 §3.5.3 allows.</source>
        <translation>%1 répond sans rien confirmer (%2), comme le permet la RFC 5321 §3.5.3.</translation>
    </message>
    <message>
        <source>%1 is refused (%2): it reveals nothing.</source>
        <translation>%1 est refusé (%2) : il ne révèle rien.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>Impossible de restreindre les droits de %1 : %2</translation>
    </message>
    <message>
        <source>writing was cancelled</source>
        <translation>l’écriture a été annulée</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>The AUTH exchange was already started.</source>
        <translation>L&apos;échange AUTH a déjà commencé.</translation>
    </message>
    <message>
        <source>The server replied before the AUTH command was sent.</source>
        <translation>Le serveur a répondu avant l&apos;envoi de la commande AUTH.</translation>
    </message>
    <message>
        <source>The server sent a reply after the AUTH exchange had ended.</source>
        <translation>Le serveur a envoyé une réponse après la fin de l&apos;échange AUTH.</translation>
    </message>
    <message>
        <source>The server reported success before the %1 exchange was complete.</source>
        <translation>Le serveur a signalé un succès avant la fin de l&apos;échange %1.</translation>
    </message>
    <message>
        <source>The server refused the authentication: %1</source>
        <translation>Le serveur a refusé l&apos;authentification : %1</translation>
    </message>
    <message>
        <source>The server answered the AUTH exchange with an unexpected reply: %1</source>
        <translation>Le serveur a répondu à l&apos;échange AUTH de façon inattendue : %1</translation>
    </message>
    <message>
        <source>The server sent more than %1 AUTH challenges.</source>
        <translation>Le serveur a envoyé plus de %1 défis AUTH.</translation>
    </message>
    <message>
        <source>The server sent a multi-line AUTH challenge.</source>
        <translation>Le serveur a envoyé un défi AUTH sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>The server sent an AUTH challenge of %1 octets; at most %2 are accepted.</source>
        <translation>Le serveur a envoyé un défi AUTH de %1 octets ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The server sent an AUTH challenge that is not valid base64.</source>
        <translation>Le serveur a envoyé un défi AUTH qui n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The server sent a non-empty challenge where the client speaks first.</source>
        <translation>Le serveur a envoyé un défi non vide alors que le client parle en premier.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Further warnings about this EHLO reply were left out.</source>
        <translation>Les autres avertissements sur cette réponse EHLO ont été omis.</translation>
    </message>
    <message>
        <source>The server listed more than %1 capabilities; the rest were ignored.</source>
        <translation>Le serveur a annoncé plus de %1 capacités ; les autres ont été ignorées.</translation>
    </message>
    <message>
        <source>Empty capability line.</source>
        <translation>Ligne de capacité vide.</translation>
    </message>
    <message>
        <source>Capability line starts with white space: %1</source>
        <translation>La ligne de capacité commence par des espaces : %1</translation>
    </message>
    <message>
        <source>The server uses the obsolete &quot;AUTH=&quot; form: %1</source>
        <translation>Le serveur utilise la forme obsolète « AUTH= » : %1</translation>
    </message>
    <message>
        <source>Capability keyword contains control characters: %1</source>
        <translation>Le mot-clé de capacité contient des caractères de contrôle : %1</translation>
    </message>
    <message>
        <source>Capability keyword is not valid: %1</source>
        <translation>Le mot-clé de capacité n’est pas valide : %1</translation>
    </message>
    <message>
        <source>Capability listed more than once: %1</source>
        <translation>Capacité annoncée plusieurs fois : %1</translation>
    </message>
    <message>
        <source>SIZE value is not a valid size: %1</source>
        <translation>La valeur SIZE n’est pas une taille valide : %1</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <source>Certificate Details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Noms alternatifs :</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Signature algorithm:</source>
        <translation>Algorithme de signature :</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>Empreinte SHA-1 :</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Verification errors:</source>
        <translation>Erreurs de vérification :</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Erreurs de vérification</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Copier en PEM</translation>
    </message>
    <message>
        <source>Copy the selected certificate as PEM</source>
        <translation>Copier le certificat sélectionné au format PEM</translation>
    </message>
    <message>
        <source>&amp;Export PEM…</source>
        <translation>&amp;Exporter en PEM…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PEM file</source>
        <translation>Enregistrer le certificat sélectionné dans un fichier PEM</translation>
    </message>
    <message>
        <source>Export C&amp;hain…</source>
        <translation>Exporter la c&amp;haîne…</translation>
    </message>
    <message>
        <source>Save every certificate the server sent as one PEM file</source>
        <translation>Enregistrer tous les certificats envoyés par le serveur dans un seul fichier PEM</translation>
    </message>
    <message>
        <source>Public key pin (SPKI SHA-256):</source>
        <translation>Épinglage de clé publique (SPKI SHA-256) :</translation>
    </message>
    <message>
        <source>Public key pin (SPKI SHA-256)</source>
        <translation>Épinglage de clé publique (SPKI SHA-256)</translation>
    </message>
</context>
<context>
    <name>CertificateMemory</name>
    <message>
        <source>The remembered certificate&apos;s &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>« %1 » du certificat mémorisé n&apos;est pas une date et heure ISO 8601.</translation>
    </message>
    <message>
        <source>The remembered certificate has no key pin or fingerprint.</source>
        <translation>Le certificat mémorisé n&apos;a ni épinglage de clé ni empreinte.</translation>
    </message>
    <message>
        <source>No certificate was remembered for this profile yet.</source>
        <translation>Aucun certificat n&apos;a encore été mémorisé pour ce profil.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate AND KEY changed since the one remembered on %1. Confirm the change is yours.</source>
        <translation>Le certificat ET LA CLÉ du serveur ont changé depuis ceux mémorisés le %1. Confirmez que ce changement vient de vous.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since the one remembered on %1 (the same key: a renewal).</source>
        <translation>Le certificat du serveur a changé depuis celui mémorisé le %1 (même clé : un renouvellement).</translation>
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (depth %2, X509 error %3)</source>
        <translation>%1 (profondeur %2, erreur X509 %3)</translation>
    </message>
    <message>
        <source>Check the server name: the certificate covers %1.</source>
        <translation>Vérifiez le nom du serveur : le certificat couvre %1.</translation>
    </message>
    <message>
        <source>The certificate covers %1.</source>
        <translation>Le certificat couvre %1.</translation>
    </message>
    <message>
        <source>The server certificate is not trusted for %1: %2. %3 Nothing but QUIT is sent on this connection.</source>
        <translation>Le certificat du serveur n’est pas digne de confiance pour %1 : %2. %3 Seul QUIT est encore envoyé sur cette connexion.</translation>
    </message>
    <message>
        <source>TLS: not established</source>
        <translation>TLS : non établi</translation>
    </message>
    <message>
        <source>  the server requires a client certificate</source>
        <translation>  le serveur exige un certificat client</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2 (%3 bits)</source>
        <translation>TLS : %1, chiffrement %2 (%3 bits)</translation>
    </message>
    <message>
        <source>Verification: OK for %1</source>
        <translation>Vérification : OK pour %1</translation>
    </message>
    <message>
        <source>Verification: SKIPPED (trusted site) for %1</source>
        <translation>Vérification : IGNORÉE (site de confiance) pour %1</translation>
    </message>
    <message>
        <source>Verification: FAILED for %1</source>
        <translation>Vérification : ÉCHEC pour %1</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  erreur : %1</translation>
    </message>
    <message>
        <source>  warning: the name matched only the subject&apos;s CN; the certificate has no DNS subjectAltName</source>
        <translation>  avertissement : le nom ne correspondait qu’au CN du sujet ; le certificat n’a pas de subjectAltName DNS</translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation>Certificat client : %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>required by the server, none configured</source>
        <translation>exigé par le serveur, aucun configuré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Certificate %1: %2</source>
        <translation>Certificat %1 : %2</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  émetteur : %1</translation>
    </message>
    <message>
        <source>  names: %1</source>
        <translation>  noms : %1</translation>
    </message>
    <message>
        <source>  valid: %1 to %2 (%3 days left)</source>
        <translation>  valide : du %1 au %2 (encore %3 jours)</translation>
    </message>
    <message>
        <source>  key: %1 %2 bits, signature %3, serial %4</source>
        <translation>  clé : %1 %2 bits, signature %3, numéro de série %4</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256 : %1</translation>
    </message>
    <message>
        <source>  SHA-1: %1</source>
        <translation>  SHA-1 : %1</translation>
    </message>
    <message>
        <source>  SPKI SHA-256: %1</source>
        <translation>  SPKI SHA-256 : %1</translation>
    </message>
    <message>
        <source>Trust anchor: %1 (SHA-256 %2)</source>
        <translation>Ancre de confiance : %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>certificate revoked (stapled OCSP response)</source>
        <translation>certificat révoqué (réponse OCSP agrafée)</translation>
    </message>
    <message>
        <source>Key exchange %1, server signature %2</source>
        <translation>Échange de clés %1, signature du serveur %2</translation>
    </message>
    <message>
        <source>The server asked for a client certificate and named no CA.</source>
        <translation>Le serveur a demandé un certificat client sans nommer d’AC.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate from: %1.</source>
        <translation>Le serveur a demandé un certificat client émis par : %1.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Capacités avant TLS</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Capacités après TLS</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS et certificat</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>Résultat : OK</translation>
    </message>
    <message>
        <source>Result: FAILED (%1 at %2)</source>
        <translation>Résultat : ÉCHEC (%1 à l&apos;étape %2)</translation>
    </message>
    <message>
        <source>Result: FAILED (%1)</source>
        <translation>Résultat : ÉCHEC (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>Sending the message: %1 of %2 (%3%)</source>
        <translation>Envoi du message : %1 sur %2 (%3%)</translation>
    </message>
    <message>
        <source>Probes: %1 passed, %2 to look at, %3 failed, %4 not applicable.</source>
        <translation>Sondes : %1 réussies, %2 à examiner, %3 en échec, %4 non applicables.</translation>
    </message>
    <message>
        <source>Deliveries (LMTP)</source>
        <translation>Remises (LMTP)</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Unexpected argument: %1 (every setting is a flag; see --help).</source>
        <translation>Argument inattendu : %1 (chaque réglage est une option ; voir --help).</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 a été donné plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>--export-profiles needs a file name.</source>
        <translation>--export-profiles demande un nom de fichier.</translation>
    </message>
    <message>
        <source>--export: cannot tell the format of %1; use a name ending in .txt, .log, .html, .htm or .json.</source>
        <translation>--export : impossible de déterminer le format de %1 ; utilisez un nom se terminant par .txt, .log, .html, .htm ou .json.</translation>
    </message>
    <message>
        <source>--host needs a server name or address.</source>
        <translation>--host demande un nom de serveur ou une adresse.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port doit être un nombre de 0 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <source>--local-name is not usable: %1</source>
        <translation>--local-name n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>--server-name is not usable: %1</source>
        <translation>--server-name n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>--auth must be a SASL mechanism name such as PLAIN or SCRAM-SHA-256, or auto; not &quot;%1&quot;.</source>
        <translation>--auth doit être le nom d&apos;un mécanisme SASL comme PLAIN ou SCRAM-SHA-256, ou auto ; pas « %1 ».</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user demande un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>--to needs an address.</source>
        <translation>--to demande une adresse.</translation>
    </message>
    <message>
        <source>--data -: standard input cannot be read.</source>
        <translation>--data - : impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--data -: standard input was empty.</source>
        <translation>--data - : l&apos;entrée standard était vide.</translation>
    </message>
    <message>
        <source>--data: the file %1 is empty.</source>
        <translation>--data : le fichier %1 est vide.</translation>
    </message>
    <message>
        <source>--quit-after must be one of %1, not &quot;%2&quot;.</source>
        <translation>--quit-after doit valoir l&apos;un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>AUTH needs a user name: give --user.</source>
        <translation>AUTH demande un nom d&apos;utilisateur : donnez --user.</translation>
    </message>
    <message>
        <source>A password was given without --user or --auth.</source>
        <translation>Un mot de passe a été donné sans --user ni --auth.</translation>
    </message>
    <message>
        <source>--data needs at least one --to.</source>
        <translation>--data demande au moins un --to.</translation>
    </message>
    <message>
        <source>--from needs at least one --to.</source>
        <translation>--from demande au moins un --to.</translation>
    </message>
    <message>
        <source>The sender address is not usable: %1</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>The recipient address %1 is not usable: %2</source>
        <translation>L&apos;adresse du destinataire %1 n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <source>Server name, IPv4 or IPv6 address to connect to.</source>
        <translation>Nom du serveur, adresse IPv4 ou IPv6 à laquelle se connecter.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Port; 0 (default) means 25, or 465 with --security implicit.</source>
        <translation>Port ; 0 (par défaut) signifie 25, ou 465 avec --security implicit.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Use HELO and no ESMTP (needs --security none or implicit).</source>
        <translation>Utiliser HELO et pas ESMTP (demande --security none ou implicit).</translation>
    </message>
    <message>
        <source>Seconds to wait for each step (connect, TLS, every reply); default 30.</source>
        <translation>Secondes d&apos;attente pour chaque étape (connexion, TLS, chaque réponse) ; 30 par défaut.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>EHLO/HELO name; default: this machine&apos;s name.</source>
        <translation>Nom EHLO/HELO ; par défaut : le nom de cette machine.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Do not validate the server certificate (still report what would have failed).</source>
        <translation>Ne pas valider le certificat du serveur (tout en signalant ce qui aurait échoué).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Certificats d&apos;AC supplémentaires (PEM) à approuver.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Tunnel: the name to verify in the certificate and send as SNI.</source>
        <translation>Tunnel : le nom à vérifier dans le certificat et à envoyer comme SNI.</translation>
    </message>
    <message>
        <source>Connect through a proxy: socks5://host:port or http://host:port.</source>
        <translation>Se connecter via un proxy : socks5://hôte:port ou http://hôte:port.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Client certificate, PEM or PKCS#12 (.p12).</source>
        <translation>Certificat client, PEM ou PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>Client key (PEM) when the certificate file does not hold it.</source>
        <translation>Clé client (PEM) si le fichier du certificat ne la contient pas.</translation>
    </message>
    <message>
        <source>File whose first line is the client key passphrase.</source>
        <translation>Fichier dont la première ligne est la phrase secrète de la clé client.</translation>
    </message>
    <message>
        <source>AUTH mechanism (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, …) or auto.</source>
        <translation>Mécanisme AUTH (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, …) ou auto.</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>mécanisme</translation>
    </message>
    <message>
        <source>User name for AUTH (implies --auth auto).</source>
        <translation>Nom d&apos;utilisateur pour AUTH (implique --auth auto).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>File whose first line is the password (or token).</source>
        <translation>Fichier dont la première ligne est le mot de passe (ou le jeton).</translation>
    </message>
    <message>
        <source>Allow AUTH over a connection without validated TLS.</source>
        <translation>Autoriser AUTH sur une connexion sans TLS validé.</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM).</source>
        <translation>Expéditeur de l&apos;enveloppe (MAIL FROM).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Envelope recipient (RCPT TO); repeat for more.</source>
        <translation>Destinataire de l&apos;enveloppe (RCPT TO) ; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <source>The message to send, from a file or - for standard input; default: a built-in test message.</source>
        <translation>Le message à envoyer, depuis un fichier ou - pour l&apos;entrée standard ; par défaut : un message de test intégré.</translation>
    </message>
    <message>
        <source>Send QUIT after this step: %1.</source>
        <translation>Envoyer QUIT après cette étape : %1.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>Use a saved profile; flags given beside it override its fields.</source>
        <translation>Utiliser un profil enregistré ; les options données à côté remplacent ses champs.</translation>
    </message>
    <message>
        <source>Save the settings given as a profile (secrets never go to the file).</source>
        <translation>Enregistrer les réglages donnés comme profil (les secrets ne vont jamais dans le fichier).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Lister les profils enregistrés.</translation>
    </message>
    <message>
        <source>Import profiles from a JSON file.</source>
        <translation>Importer des profils depuis un fichier JSON.</translation>
    </message>
    <message>
        <source>Export the profiles to a JSON file (without secrets).</source>
        <translation>Exporter les profils dans un fichier JSON (sans les secrets).</translation>
    </message>
    <message>
        <source>Print JSON lines: one per event, then a final result object.</source>
        <translation>Afficher des lignes JSON : une par événement, puis un objet de résultat final.</translation>
    </message>
    <message>
        <source>Also write the session log to a file: .txt, .log, .html or .json.</source>
        <translation>Écrire aussi le journal de session dans un fichier : .txt, .log, .html ou .json.</translation>
    </message>
    <message>
        <source>Also print the settings used and the server capabilities.</source>
        <translation>Afficher aussi les réglages utilisés et les capacités du serveur.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 demande un nom de fichier.</translation>
    </message>
    <message>
        <source>--%1: the file %2 does not exist.</source>
        <translation>--%1 : le fichier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--%1: %2 is a directory, not a file.</source>
        <translation>--%1 : %2 est un répertoire, pas un fichier.</translation>
    </message>
    <message>
        <source>--%1: cannot read the file %2: %3</source>
        <translation>--%1 : impossible de lire le fichier %2 : %3</translation>
    </message>
    <message>
        <source>--%1: the first line of %2 is empty.</source>
        <translation>--%1 : la première ligne de %2 est vide.</translation>
    </message>
    <message>
        <source>Seconds the whole session may take; default 10 times --timeout, at most 3600.</source>
        <translation>Secondes que la session entière peut durer ; par défaut 10 fois --timeout, au plus 3600.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of seconds from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 doit être un nombre entier de secondes entre 1 et %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>Check every address of the domain&apos;s mail exchangers (MX records, in preference order), each certificate verified for its exchanger&apos;s name.</source>
        <translation>Vérifier chaque adresse des serveurs de messagerie du domaine (enregistrements MX, par ordre de préférence), chaque certificat vérifié pour le nom de son serveur.</translation>
    </message>
    <message>
        <source>--mx needs a domain.</source>
        <translation>--mx demande un domaine.</translation>
    </message>
    <message>
        <source>With --mx or --host: check every address on 25 plain, 25 STARTTLS, 587 STARTTLS and 465 implicit TLS.</source>
        <translation>Avec --mx ou --host : vérifier chaque adresse sur 25 en clair, 25 STARTTLS, 587 STARTTLS et 465 TLS implicite.</translation>
    </message>
    <message>
        <source>address[@port]</source>
        <translation>adresse[@port]</translation>
    </message>
    <message>
        <source>With --mx: ask this DNS resolver instead of the system&apos;s.</source>
        <translation>Avec --mx : interroger ce résolveur DNS au lieu de celui du système.</translation>
    </message>
    <message>
        <source>--dns-server needs an address.</source>
        <translation>--dns-server demande une adresse.</translation>
    </message>
    <message>
        <source>Check every saved profile, or those of the folder given after it (and its subfolders).</source>
        <translation>Vérifier chaque profil enregistré, ou ceux du dossier donné ensuite (et de ses sous-dossiers).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Checks of --mx, --matrix or --check-all run at once (default 8).</source>
        <translation>Vérifications simultanées de --mx, --matrix ou --check-all (8 par défaut).</translation>
    </message>
    <message>
        <source>--parallel must be a number from 1 to %1.</source>
        <translation>--parallel doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>Give --mx or --host, not both: --mx checks the addresses its MX records name.</source>
        <translation>Donnez --mx ou --host, pas les deux : --mx vérifie les adresses que nomment ses enregistrements MX.</translation>
    </message>
    <message>
        <source>--matrix needs --mx or --host.</source>
        <translation>--matrix demande --mx ou --host.</translation>
    </message>
    <message>
        <source>--dns-server is used only with --mx.</source>
        <translation>--dns-server ne sert qu’avec --mx.</translation>
    </message>
    <message>
        <source>--parallel is used only with --mx, --matrix or --check-all.</source>
        <translation>--parallel ne sert qu’avec --mx, --matrix ou --check-all.</translation>
    </message>
    <message>
        <source>--%1 must be a number of days from 0 to 3650.</source>
        <translation>--%1 doit être un nombre de jours de 0 à 3650.</translation>
    </message>
    <message>
        <source>--data: %1</source>
        <translation>--data : %1</translation>
    </message>
    <message>
        <source>Run a scripted dialogue: one step per line (ehlo, starttls, auth, send LINE, message, quit, expect CODES [~ REGEX]); exit 10 when an expectation does not hold.</source>
        <translation>Exécuter un dialogue scripté : une étape par ligne (ehlo, starttls, auth, send LIGNE, message, quit, expect CODES [~ REGEX]) ; code de sortie 10 quand une attente n&apos;est pas satisfaite.</translation>
    </message>
    <message>
        <source>Write the session as a scenario that --scenario replays, each reply&apos;s code as an expectation.</source>
        <translation>Écrire la session sous forme de scénario que --scenario rejoue, avec le code de chaque réponse comme attente.</translation>
    </message>
    <message>
        <source>--record needs a file name.</source>
        <translation>--record demande un nom de fichier.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>Check the server&apos;s policy: %1 or all, separated by commas; exit 12 when a check fails.</source>
        <translation>Vérifier la politique du serveur : %1 ou all, séparés par des virgules ; code de sortie 12 quand une vérification échoue.</translation>
    </message>
    <message>
        <source>Print one Monitoring Plugins status line (SMTP OK/WARNING/CRITICAL/UNKNOWN with performance data) and exit 0, 1, 2 or 3.</source>
        <translation>Afficher une ligne d&apos;état Monitoring Plugins (SMTP OK/WARNING/CRITICAL/UNKNOWN avec données de performance) et sortir avec 0, 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>With --nagios: WARNING when the certificate has this many days left or fewer (default 21).</source>
        <translation>Avec --nagios : WARNING quand il reste au certificat ce nombre de jours ou moins (21 par défaut).</translation>
    </message>
    <message>
        <source>With --nagios: CRITICAL when the certificate has this many days left or fewer (default 7).</source>
        <translation>Avec --nagios : CRITICAL quand il reste au certificat ce nombre de jours ou moins (7 par défaut).</translation>
    </message>
    <message>
        <source>With --profile: remember the server&apos;s verified certificate in the profile; later runs say whether it changed.</source>
        <translation>Avec --profile : mémoriser dans le profil le certificat vérifié du serveur ; les exécutions suivantes indiquent s&apos;il a changé.</translation>
    </message>
    <message>
        <source>Tests an SMTP server: connects, greets, upgrades to TLS, authenticates and optionally sends a message, printing the transcript, the TLS and certificate report and the phase timings.

Exit status: 0 success, 1 bad arguments or local input, 2 name resolution or connection failed, 3 timed out, 4 TLS could not be established, 5 certificate rejected, 6 authentication failed or refused, 7 the server rejected a command, 8 protocol violation, 9 the connection was lost after the message&apos;s end of data (it may have been delivered), 10 a scenario expectation did not hold, 11 some checks of a batch failed, 12 a probe found a policy failure, 130 cancelled. With --nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Teste un serveur SMTP : se connecte, salue, passe en TLS, s&apos;authentifie et envoie éventuellement un message, en affichant la transcription, le rapport TLS et certificat et la durée des phases.

Code de sortie : 0 succès, 1 arguments incorrects ou entrée locale, 2 échec de la résolution de nom ou de la connexion, 3 délai dépassé, 4 TLS n&apos;a pas pu être établi, 5 certificat refusé, 6 authentification échouée ou refusée, 7 le serveur a refusé une commande, 8 violation du protocole, 9 la connexion a été perdue après la fin des données du message (il a peut-être été distribué), 10 une attente du scénario n&apos;a pas été satisfaite, 11 certaines vérifications d&apos;un lot ont échoué, 12 une sonde a trouvé un défaut de politique, 130 annulé. Avec --nagios : 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>--crit-days (%1) must not be more than --warn-days (%2).</source>
        <translation>--crit-days (%1) ne doit pas dépasser --warn-days (%2).</translation>
    </message>
    <message>
        <source>Give only one of --scenario, --probe and --record.</source>
        <translation>Donnez un seul de --scenario, --probe et --record.</translation>
    </message>
    <message>
        <source>--scenario, --probe and --record run one session (of --host or --profile); they do not go with --mx, --matrix, --check-all or the profile actions.</source>
        <translation>--scenario, --probe et --record exécutent une seule session (de --host ou --profile) ; ils ne vont pas avec --mx, --matrix, --check-all ni les actions sur les profils.</translation>
    </message>
    <message>
        <source>--export writes one session&apos;s log; --probe makes several connections: leave out --export.</source>
        <translation>--export écrit le journal d&apos;une session ; --probe établit plusieurs connexions : omettez --export.</translation>
    </message>
    <message>
        <source>--probe never authenticates or sends a message: leave out --data, --user and --auth.</source>
        <translation>--probe ne s&apos;authentifie jamais et n&apos;envoie pas de message : omettez --data, --user et --auth.</translation>
    </message>
    <message>
        <source>--warn-days and --crit-days are used only with --nagios.</source>
        <translation>--warn-days et --crit-days ne servent qu&apos;avec --nagios.</translation>
    </message>
    <message>
        <source>--remember needs --profile: the certificate is remembered in that profile.</source>
        <translation>--remember demande --profile : le certificat est mémorisé dans ce profil.</translation>
    </message>
    <message>
        <source>--nagios checks one session (of --host or --profile) and prints one line; it does not go with --%1.</source>
        <translation>--nagios vérifie une session (de --host ou --profile) et affiche une ligne ; il ne va pas avec --%1.</translation>
    </message>
    <message>
        <source>Send this name as SNI instead of the verified one (verification stays with the host or --server-name).</source>
        <translation>Envoyer ce nom comme SNI au lieu du nom vérifié (la vérification reste sur l’hôte ou --server-name).</translation>
    </message>
    <message>
        <source>--sni: %1</source>
        <translation>--sni : %1</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>le nom est vide.</translation>
    </message>
    <message>
        <source>Send no SNI (server name indication) in the TLS handshake.</source>
        <translation>N’envoyer aucun SNI (indication du nom de serveur) dans la négociation TLS.</translation>
    </message>
    <message>
        <source>--body needs a text, or @FILE.</source>
        <translation>--body attend un texte ou @FICHIER.</translation>
    </message>
    <message>
        <source>--body: cannot read the file %1.</source>
        <translation>--body : impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>--body: the file %1 is larger than %2 MiB.</source>
        <translation>--body : le fichier %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>--body: the file %1 is empty.</source>
        <translation>--body : le fichier %1 est vide.</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>notify</translation>
    </message>
    <message>
        <source>Ask for delivery status notifications (RFC 3461 NOTIFY on each RCPT TO): NEVER, or any of SUCCESS, FAILURE and DELAY separated by commas. The server must advertise DSN.</source>
        <translation>Demander des notifications d’état de remise (RFC 3461 NOTIFY sur chaque RCPT TO) : NEVER, ou SUCCESS, FAILURE et DELAY séparés par des virgules. Le serveur doit annoncer DSN.</translation>
    </message>
    <message>
        <source>--dsn: %1</source>
        <translation>--dsn : %1</translation>
    </message>
    <message>
        <source>full|hdrs</source>
        <translation>full|hdrs</translation>
    </message>
    <message>
        <source>What a delivery status notification returns of the message (RFC 3461 RET on MAIL FROM).</source>
        <translation>Ce qu’une notification d’état de remise renvoie du message (RFC 3461 RET sur MAIL FROM).</translation>
    </message>
    <message>
        <source>--dsn-ret must be full or hdrs, not &quot;%1&quot;.</source>
        <translation>--dsn-ret doit valoir full ou hdrs, pas « %1 ».</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Envelope identifier returned in delivery status notifications (RFC 3461 ENVID on MAIL FROM, sent as xtext).</source>
        <translation>Identifiant d’enveloppe renvoyé dans les notifications d’état de remise (RFC 3461 ENVID sur MAIL FROM, envoyé en xtext).</translation>
    </message>
    <message>
        <source>--envid needs an identifier.</source>
        <translation>--envid attend un identifiant.</translation>
    </message>
    <message>
        <source>--envid: %1</source>
        <translation>--envid : %1</translation>
    </message>
    <message>
        <source>Send each command alone even when the server offers PIPELINING.</source>
        <translation>Envoyer chaque commande seule même si le serveur propose PIPELINING.</translation>
    </message>
    <message>
        <source>Send the message with DATA even when the server offers CHUNKING (BDAT).</source>
        <translation>Envoyer le message avec DATA même si le serveur propose CHUNKING (BDAT).</translation>
    </message>
    <message>
        <source>&quot;Name: value&quot;</source>
        <translation>&quot;Nom: valeur&quot;</translation>
    </message>
    <message>
        <source>Add a header field to the built-in message, or replace its Date, Message-ID, From, To, Subject or User-Agent; repeat for more.</source>
        <translation>Ajouter un champ d’en-tête au message intégré, ou remplacer son Date, Message-ID, From, To, Subject ou User-Agent ; répéter pour en ajouter d’autres.</translation>
    </message>
    <message>
        <source>--header: %1</source>
        <translation>--header : %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Subject of the built-in message.</source>
        <translation>Objet du message intégré.</translation>
    </message>
    <message>
        <source>--subject needs a text.</source>
        <translation>--subject attend un texte.</translation>
    </message>
    <message>
        <source>--subject: %1</source>
        <translation>--subject : %1</translation>
    </message>
    <message>
        <source>text|@file</source>
        <translation>texte|@fichier</translation>
    </message>
    <message>
        <source>Body of the built-in message: the text, or @FILE for a file&apos;s.</source>
        <translation>Corps du message intégré : le texte, ou @FICHIER pour celui d’un fichier.</translation>
    </message>
    <message>
        <source>Attach a file to the built-in message (MIME, base64, its type guessed); repeat for more.</source>
        <translation>Joindre un fichier au message intégré (MIME, base64, type deviné) ; répéter pour en joindre d’autres.</translation>
    </message>
    <message>
        <source>--attach: %1</source>
        <translation>--attach : %1</translation>
    </message>
    <message>
        <source>--%1 changes the built-in message; it does not go with --data, which gives the whole message.</source>
        <translation>--%1 modifie le message intégré ; il ne va pas avec --data, qui donne le message entier.</translation>
    </message>
    <message>
        <source>Also show every line&apos;s bytes in hex.</source>
        <translation>Afficher aussi les octets de chaque ligne en hexadécimal.</translation>
    </message>
    <message>
        <source>Connect over IPv4 only.</source>
        <translation>Se connecter uniquement en IPv4.</translation>
    </message>
    <message>
        <source>Connect over IPv6 only.</source>
        <translation>Se connecter uniquement en IPv6.</translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation>Se connecter depuis cette adresse locale.</translation>
    </message>
    <message>
        <source>--bind: %1</source>
        <translation>--bind : %1</translation>
    </message>
    <message>
        <source>the address is empty.</source>
        <translation>l’adresse est vide.</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>smtp (default) or lmtp (LHLO, one reply per recipient).</source>
        <translation>smtp (par défaut) ou lmtp (LHLO, une réponse par destinataire).</translation>
    </message>
    <message>
        <source>--protocol must be smtp or lmtp, not &quot;%1&quot;.</source>
        <translation>--protocol doit valoir smtp ou lmtp, pas « %1 ».</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>Send this Postfix XCLIENT attribute after EHLO (repeatable, e.g. ADDR=192.0.2.1).</source>
        <translation>Envoyer cet attribut XCLIENT de Postfix après EHLO (répétable, p. ex. ADDR=192.0.2.1).</translation>
    </message>
    <message>
        <source>--xclient: %1</source>
        <translation>--xclient : %1</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Send a HAProxy PROXY protocol header, v1 or v2, before anything else; needs --proxy-source.</source>
        <translation>Envoyer avant toute chose un en-tête du protocole PROXY de HAProxy, v1 ou v2 ; nécessite --proxy-source.</translation>
    </message>
    <message>
        <source>--proxy-header must be v1 or v2, not &quot;%1&quot;.</source>
        <translation>--proxy-header doit valoir v1 ou v2, pas « %1 ».</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>The client address the PROXY header claims, e.g. 192.0.2.1:4321 or [2001:db8::1]:4321.</source>
        <translation>L’adresse du client que déclare l’en-tête PROXY, p. ex. 192.0.2.1:4321 ou [2001:db8::1]:4321.</translation>
    </message>
    <message>
        <source>--proxy-source: %1</source>
        <translation>--proxy-source : %1</translation>
    </message>
    <message>
        <source>Give -4 or -6, not both.</source>
        <translation>Indiquez -4 ou -6, pas les deux.</translation>
    </message>
    <message>
        <source>--proxy-header and --proxy-source go together: the header claims the source address.</source>
        <translation>--proxy-header et --proxy-source vont ensemble : l’en-tête déclare l’adresse source.</translation>
    </message>
    <message>
        <source>--%1 must be 1.0, 1.1, 1.2 or 1.3, not &quot;%2&quot;.</source>
        <translation>--%1 doit valoir 1.0, 1.1, 1.2 ou 1.3, et non « %2 ».</translation>
    </message>
    <message>
        <source>The lowest TLS version to offer: 1.0, 1.1, 1.2 (default) or 1.3.</source>
        <translation>La version TLS la plus basse proposée : 1.0, 1.1, 1.2 (par défaut) ou 1.3.</translation>
    </message>
    <message>
        <source>The highest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (default).</source>
        <translation>La version TLS la plus haute proposée : 1.0, 1.1, 1.2 ou 1.3 (par défaut).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>OpenSSL cipher names joined by &apos;:&apos;; TLS_… names are TLS 1.3 suites, the others ciphers of TLS 1.2 and earlier.</source>
        <translation>Noms de chiffrements OpenSSL séparés par « : » ; les noms TLS_… sont des suites TLS 1.3, les autres des chiffrements de TLS 1.2 et antérieurs.</translation>
    </message>
    <message>
        <source>--ciphers: the list is empty.</source>
        <translation>--ciphers : la liste est vide.</translation>
    </message>
    <message>
        <source>--ciphers: %1</source>
        <translation>--ciphers : %1</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <translation>Ne donnez qu’une seule option parmi %1.</translation>
    </message>
    <message>
        <source>--%1 needs a profile name.</source>
        <translation>--%1 demande un nom de profil.</translation>
    </message>
    <message>
        <source>Delete a saved profile and remove its secrets from the keychain.</source>
        <translation>Supprimer un profil enregistré et retirer ses secrets du trousseau.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>none, starttls (default: STARTTLS required), implicit (TLS at once) or starttls-opportunistic (STARTTLS when offered, plaintext with a warning when not).</source>
        <translation>none, starttls (par défaut : STARTTLS exigé), implicit (TLS immédiat) ou starttls-opportunistic (STARTTLS s’il est proposé, sinon en clair avec un avertissement).</translation>
    </message>
    <message>
        <source>--security must be none, starttls, implicit or starttls-opportunistic, not &quot;%1&quot;.</source>
        <translation>--security doit valoir none, starttls, implicit ou starttls-opportunistic, pas « %1 ».</translation>
    </message>
    <message>
        <source>Append the TLS secrets to a file for Wireshark (NSS key log, mode 0600). Anyone who can read it can decrypt the session.</source>
        <translation>Ajouter les secrets TLS à un fichier pour Wireshark (journal de clés NSS, mode 0600). Quiconque peut le lire peut déchiffrer la session.</translation>
    </message>
    <message>
        <source>Ask for a stapled OCSP response and report it; a trusted response saying revoked refuses the certificate.</source>
        <translation>Demander une réponse OCSP agrafée et la rapporter ; une réponse fiable indiquant « révoqué » fait refuser le certificat.</translation>
    </message>
    <message>
        <source>Also write the certificate chain the server sent to a file (PEM, the server&apos;s certificate first).</source>
        <translation>Écrire aussi la chaîne de certificats envoyée par le serveur dans un fichier (PEM, le certificat du serveur en premier).</translation>
    </message>
    <message>
        <source>--get-peer-chain writes the chain of one session; --probe, --mx, --matrix and --check-all make several: leave out --get-peer-chain.</source>
        <translation>--get-peer-chain écrit la chaîne d’une seule session ; --probe, --mx, --matrix et --check-all en ouvrent plusieurs : retirez --get-peer-chain.</translation>
    </message>
    <message>
        <source>--%1: the directory of %2 does not exist.</source>
        <translation>--%1 : le dossier de %2 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Show or hide the fields to send a message in this session</source>
        <translation>Afficher ou masquer les champs pour envoyer un message dans cette session</translation>
    </message>
    <message>
        <source>Compose and Send a Message</source>
        <translation>Rédiger et envoyer un message</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <source>sender@example.com (empty: null sender &lt;&gt;)</source>
        <translation>expediteur@example.com (vide : expéditeur nul &lt;&gt;)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Des&amp;tinataires :</translation>
    </message>
    <message>
        <source>Recipients (RCPT TO)</source>
        <translation>Destinataires (RCPT TO)</translation>
    </message>
    <message>
        <source>one@example.com, two@example.com</source>
        <translation>un@example.com, deux@example.com</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Empty subject and body: the built-in test message</source>
        <translation>Objet et corps vides : le message de test intégré</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Co&amp;rps :</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <source>Send MAIL FROM, RCPT TO and the message in this session</source>
        <translation>Envoyer MAIL FROM, RCPT TO et le message dans cette session</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send Messa&amp;ge</source>
        <translation>Envoyer le messa&amp;ge</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No server host is set.</source>
        <translation>Aucun hôte de serveur n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The host name is not usable: %1</source>
        <translation>Le nom d&apos;hôte n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The session timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai de la session doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The server name is not usable: %1</source>
        <translation>Le nom du serveur n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>STARTTLS needs EHLO: turn on the extended (ESMTP) option or choose another security mode.</source>
        <translation>STARTTLS demande EHLO : activez l&apos;option SMTP étendu (ESMTP) ou choisissez un autre mode de sécurité.</translation>
    </message>
    <message>
        <source>Authentication needs EHLO: turn on the extended (ESMTP) option.</source>
        <translation>L&apos;authentification demande EHLO : activez l&apos;option SMTP étendu (ESMTP).</translation>
    </message>
    <message>
        <source>A client key was given without a client certificate.</source>
        <translation>Une clé client a été donnée sans certificat client.</translation>
    </message>
    <message>
        <source>The SNI name is not usable: %1</source>
        <translation>Le nom SNI n’est pas utilisable : %1</translation>
    </message>
    <message>
        <source>The SNI name must be a host name, not an address (RFC 6066 §3).</source>
        <translation>Le nom SNI doit être un nom d’hôte, pas une adresse (RFC 6066 §3).</translation>
    </message>
    <message>
        <source>An SNI name was given together with &quot;send no SNI&quot;.</source>
        <translation>Un nom SNI a été donné avec « n’envoyer aucun SNI ».</translation>
    </message>
    <message>
        <source>The local address %1 is not of the address family asked for (%2).</source>
        <translation>L’adresse locale %1 n’est pas de la famille d’adresses demandée (%2).</translation>
    </message>
    <message>
        <source>The address family and the local address cannot be chosen through a proxy: the proxy dials the server.</source>
        <translation>La famille d’adresses et l’adresse locale ne peuvent être choisies à travers un proxy : c’est le proxy qui joint le serveur.</translation>
    </message>
    <message>
        <source>A PROXY header cannot be sent through a proxy: it must name the server&apos;s address, which the proxy hides.</source>
        <translation>Un en-tête PROXY ne peut pas être envoyé à travers un proxy : il doit nommer l’adresse du serveur, que le proxy cache.</translation>
    </message>
    <message>
        <source>LMTP has no HELO (RFC 2033): turn on the extended (ESMTP) option.</source>
        <translation>LMTP n’a pas de HELO (RFC 2033) : activez l’option étendue (ESMTP).</translation>
    </message>
    <message>
        <source>XCLIENT needs EHLO: turn on the extended (ESMTP) option.</source>
        <translation>XCLIENT nécessite EHLO : activez l’option étendue (ESMTP).</translation>
    </message>
    <message>
        <source>A PROXY header needs the source address it claims (ADDRESS:PORT).</source>
        <translation>Un en-tête PROXY nécessite l’adresse source qu’il déclare (ADRESSE:PORT).</translation>
    </message>
    <message>
        <source>The PROXY source is not usable: %1</source>
        <translation>La source PROXY n’est pas utilisable : %1</translation>
    </message>
    <message>
        <source>The local address &quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>L’adresse locale « %1 » n’est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>The lowest TLS version (%1) is above the highest (%2).</source>
        <translation>La version TLS la plus basse (%1) est au-dessus de la plus haute (%2).</translation>
    </message>
    <message>
        <source>The cipher list holds a line break.</source>
        <translation>La liste de chiffrements contient un saut de ligne.</translation>
    </message>
</context>
<context>
    <name>CramMd5Mechanism</name>
    <message>
        <source>The server sent a second CRAM-MD5 challenge; RFC 2195 defines only one.</source>
        <translation>Le serveur a envoyé un second défi CRAM-MD5 ; la RFC 2195 n&apos;en définit qu&apos;un.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Le serveur a envoyé un défi CRAM-MD5 vide.</translation>
    </message>
</context>
<context>
    <name>Dialogue</name>
    <message>
        <source>Session to %1 port %2, security: %3, %4, timeout %5 s</source>
        <translation>Session vers %1 port %2, sécurité : %3, %4, délai %5 s</translation>
    </message>
    <message>
        <source>ESMTP is turned on because port 587 is the submission port.</source>
        <translation>ESMTP est activé car le port 587 est le port de soumission.</translation>
    </message>
    <message>
        <source>TRUSTED SITE: the server certificate will NOT be validated. Anyone between you and the server can read and change this session. Use this only for diagnosis.</source>
        <translation>SITE DE CONFIANCE : le certificat du serveur ne sera PAS validé. N&apos;importe qui entre vous et le serveur peut lire et modifier cette session. À n&apos;utiliser que pour un diagnostic.</translation>
    </message>
    <message>
        <source>Tunnel: the certificate is checked for, and SNI names, %1.</source>
        <translation>Tunnel : le certificat est vérifié pour %1, et SNI annonce %1.</translation>
    </message>
    <message>
        <source>The connection failed while %1: %2</source>
        <translation>La connexion a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Starting TLS (implicit) with %1 …</source>
        <translation>Démarrage de TLS (implicite) avec %1 …</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2 (%3 bits)</source>
        <translation>TLS établi : %1, chiffrement %2 (%3 bits)</translation>
    </message>
    <message>
        <source>Server certificate: %1, issued by %2, valid until %3 (%4 days left)</source>
        <translation>Certificat du serveur : %1, émis par %2, valide jusqu&apos;au %3 (encore %4 jours)</translation>
    </message>
    <message>
        <source>Client certificate presented.</source>
        <translation>Certificat client présenté.</translation>
    </message>
    <message>
        <source>Certificate verified for %1.</source>
        <translation>Certificat vérifié pour %1.</translation>
    </message>
    <message>
        <source>The certificate names %1 only in its subject&apos;s CN and has no DNS subjectAltName; RFC 6125 deprecates this and some clients refuse it.</source>
        <translation>Le certificat ne nomme %1 que dans le CN de son sujet et n’a pas de subjectAltName DNS ; la RFC 6125 le déconseille et certains clients le refusent.</translation>
    </message>
    <message>
        <source>TRUSTED SITE: certificate validation failed and was ignored: %1</source>
        <translation>SITE DE CONFIANCE : la validation du certificat a échoué et a été ignorée : %1</translation>
    </message>
    <message>
        <source>The server requires a client certificate.</source>
        <translation>Le serveur exige un certificat client.</translation>
    </message>
    <message>
        <source>The server ended TLS with an alert: %1.%2</source>
        <translation>Le serveur a terminé TLS par une alerte : %1.%2</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>La négociation TLS a échoué : %1.</translation>
    </message>
    <message>
        <source>The server did not answer in TLS: does this port expect plaintext or STARTTLS instead of implicit TLS?</source>
        <translation>Le serveur n&apos;a pas répondu en TLS : ce port attend-il du texte en clair ou STARTTLS au lieu de TLS implicite ?</translation>
    </message>
    <message>
        <source>The server sent malformed data while %1: %2</source>
        <translation>Le serveur a envoyé des données mal formées (%1) : %2</translation>
    </message>
    <message>
        <source>STARTTLS response injection: the server sent data after its 220 reply and before the TLS handshake. The session is stopped without another byte.</source>
        <translation>Injection de réponse STARTTLS : le serveur a envoyé des données après sa réponse 220 et avant la négociation TLS. La session est arrêtée sans un octet de plus.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS and sent further replies behind the refusal that nothing asked for. The session is stopped without another byte.</source>
        <translation>Le serveur a refusé STARTTLS et a envoyé derrière ce refus d’autres réponses que rien n’a demandées. La session est arrêtée sans un octet de plus.</translation>
    </message>
    <message>
        <source>The server sent more than one reply to one command; the session is out of step and is stopped.</source>
        <translation>Le serveur a envoyé plus d&apos;une réponse à une commande ; la session est désynchronisée et est arrêtée.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>in the middle of a reply while %1</source>
        <translation>au milieu d&apos;une réponse, %1</translation>
    </message>
    <message>
        <source>while %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation>Le serveur a fermé la connexion (%1).</translation>
    </message>
    <message>
        <source>Resolving %1 took longer than %2 s.</source>
        <translation>La résolution de %1 a pris plus de %2 s.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 took longer than %3 s (no answer: a firewall may drop the packets).</source>
        <translation>La connexion à %1 port %2 a pris plus de %3 s (pas de réponse : un pare-feu rejette peut-être les paquets).</translation>
    </message>
    <message>
        <source>Connected, but the server sent no greeting within %1 s.</source>
        <translation>Connecté, mais le serveur n&apos;a envoyé aucun message d&apos;accueil en %1 s.</translation>
    </message>
    <message>
        <source>If this port expects implicit TLS (usually 465), choose the implicit TLS security mode.</source>
        <translation>Si ce port attend du TLS implicite (généralement 465), choisissez le mode de sécurité TLS implicite.</translation>
    </message>
    <message>
        <source>No reply to QUIT within %1 s; closing.</source>
        <translation>Pas de réponse à QUIT en %1 s ; fermeture.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>No reply within %1 s while %2.</source>
        <translation>Pas de réponse en %1 s (%2).</translation>
    </message>
    <message>
        <source>The session as a whole took longer than %1 s while %2; it is stopped.</source>
        <translation>La session entière a duré plus de %1 s pendant %2 ; elle est arrêtée.</translation>
    </message>
    <message>
        <source>EHLO: %1</source>
        <translation>EHLO : %1</translation>
    </message>
    <message>
        <source>The server offers STARTTLS again after TLS was established (RFC 3207 §4.2 forbids it); it is not used again.</source>
        <translation>Le serveur propose de nouveau STARTTLS après l&apos;établissement de TLS (la RFC 3207 §4.2 l&apos;interdit) ; il n&apos;est pas réutilisé.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS (possible stripping by someone in the middle). STARTTLS is required, so the session stops without sending anything else.</source>
        <translation>Le serveur n&apos;a pas proposé STARTTLS (peut-être supprimé par un intermédiaire). STARTTLS est exigé, la session s&apos;arrête donc sans rien envoyer d&apos;autre.</translation>
    </message>
    <message>
        <source>Starting TLS with %1 …</source>
        <translation>Démarrage de TLS avec %1 …</translation>
    </message>
    <message>
        <source>Ready for commands.</source>
        <translation>Prête pour les commandes.</translation>
    </message>
    <message>
        <source>Refused to send a command: %1</source>
        <translation>Envoi d&apos;une commande refusé : %1</translation>
    </message>
    <message>
        <source>%1 The end of the message had been sent, so the server may have accepted it: the delivery is unknown. It is not sent again; check the recipient&apos;s mailbox or the server&apos;s log before sending it once more.</source>
        <translation>%1 La fin du message avait été envoyée, le serveur l’a donc peut-être accepté : la remise est incertaine. Il n’est pas renvoyé ; vérifiez la boîte du destinataire ou le journal du serveur avant de l’envoyer une nouvelle fois.</translation>
    </message>
    <message>
        <source>Session finished.</source>
        <translation>Session terminée.</translation>
    </message>
    <message>
        <source>the TLS handshake ran</source>
        <translation>pendant la négociation TLS</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>en attendant le message d&apos;accueil</translation>
    </message>
    <message>
        <source>waiting for the reply to EHLO</source>
        <translation>en attendant la réponse à EHLO</translation>
    </message>
    <message>
        <source>waiting for the reply to HELO</source>
        <translation>en attendant la réponse à HELO</translation>
    </message>
    <message>
        <source>waiting for the reply to STARTTLS</source>
        <translation>en attendant la réponse à STARTTLS</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>pendant l&apos;authentification</translation>
    </message>
    <message>
        <source>waiting for the reply to MAIL FROM</source>
        <translation>en attendant la réponse à MAIL FROM</translation>
    </message>
    <message>
        <source>waiting for the reply to RCPT TO</source>
        <translation>en attendant la réponse à RCPT TO</translation>
    </message>
    <message>
        <source>waiting for the reply to DATA</source>
        <translation>en attendant la réponse à DATA</translation>
    </message>
    <message>
        <source>waiting for the reply to the message</source>
        <translation>en attendant la réponse au message</translation>
    </message>
    <message>
        <source>waiting for the reply to QUIT</source>
        <translation>en attendant la réponse à QUIT</translation>
    </message>
    <message>
        <source>waiting for the reply to %1</source>
        <translation>en attendant la réponse à %1</translation>
    </message>
    <message>
        <source>no reply was due</source>
        <translation>alors qu&apos;aucune réponse n&apos;était attendue</translation>
    </message>
    <message>
        <source>%1 … (incomplete line, %2 bytes, no line end)</source>
        <translation>%1 … (ligne incomplète, %2 octets, pas de fin de ligne)</translation>
    </message>
    <message>
        <source>Not sent: the session is busy (%1).</source>
        <translation>Non envoyé : la session est occupée (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Not sent: credentials go only over TLS with a validated certificate, unless the profile allows plaintext authentication (RFC 8314 §5).</source>
        <translation>Non envoyé : les identifiants ne passent que par TLS avec un certificat validé, sauf si le profil autorise l’authentification en clair (RFC 8314 §5).</translation>
    </message>
    <message>
        <source>The server answered 354 to %1; only DATA may get it. Lines are still sent as commands.</source>
        <translation>Le serveur a répondu 354 à %1 ; seul DATA peut l’obtenir. Les lignes sont toujours envoyées comme des commandes.</translation>
    </message>
    <message>
        <source>Authenticated.</source>
        <translation>Authentifié.</translation>
    </message>
    <message>
        <source>Type the message; a line with a single dot ends it.</source>
        <translation>Tapez le message ; une ligne contenant un seul point le termine.</translation>
    </message>
    <message>
        <source>Not sent: the message has no recipient.</source>
        <translation>Non envoyé : le message n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>The session was cancelled.</source>
        <translation>La session a été annulée.</translation>
    </message>
    <message>
        <source>Test: credentials are not sent without TLS and a validated certificate (RFC 8314 §5.1); the test ends after capability discovery.</source>
        <translation>Test : les identifiants ne sont pas envoyés sans TLS et certificat validé (RFC 8314 §5.1) ; le test s&apos;arrête après la découverte des capacités.</translation>
    </message>
    <message>
        <source>the server certificate was not validated (trusted site)</source>
        <translation>le certificat du serveur n&apos;a pas été validé (site de confiance)</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>la connexion n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>Credentials were not sent: %1. Use STARTTLS or implicit TLS with a valid certificate, or allow plaintext authentication for this profile (test servers only).</source>
        <translation>Les identifiants n&apos;ont pas été envoyés, car %1. Utilisez STARTTLS ou TLS implicite avec un certificat valide, ou autorisez l&apos;authentification en clair pour ce profil (serveurs de test uniquement).</translation>
    </message>
    <message>
        <source>PLAINTEXT AUTHENTICATION ALLOWED: credentials are sent although %1. Anyone on the path can read the password and the messages.</source>
        <translation>AUTHENTIFICATION EN CLAIR AUTORISÉE : les identifiants sont envoyés alors que %1. N&apos;importe qui sur le chemin peut lire le mot de passe et les messages.</translation>
    </message>
    <message>
        <source>The server offers no authentication (no AUTH in its EHLO reply).</source>
        <translation>Le serveur ne propose aucune authentification (pas d&apos;AUTH dans sa réponse EHLO).</translation>
    </message>
    <message>
        <source>The server offers no mechanism this client supports with a password: %1.</source>
        <translation>Le serveur ne propose aucun mécanisme que ce client prend en charge avec un mot de passe : %1.</translation>
    </message>
    <message>
        <source>Authenticating with %1, the strongest mechanism both sides offer.</source>
        <translation>Authentification avec %1, le mécanisme le plus fort proposé des deux côtés.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers: %2.</source>
        <translation>Le serveur ne propose pas %1 ; il propose : %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The server does not offer %1; trying it anyway as asked.</source>
        <translation>Le serveur ne propose pas %1 ; essai quand même, comme demandé.</translation>
    </message>
    <message>
        <source>Cannot authenticate with %1: %2</source>
        <translation>Impossible de s&apos;authentifier avec %1 : %2</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur dit : %1</translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2.</source>
        <translation>Authentifié en tant que %1 avec %2.</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation>Échec de l&apos;authentification avec %1 : %2</translation>
    </message>
    <message>
        <source>The sender address is not usable: %1</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>The recipient %1 is not usable: %2</source>
        <translation>Le destinataire %1 n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <source>SMTP Workbench test message</source>
        <translation>Message de test SMTP Workbench</translation>
    </message>
    <message>
        <source>The message cannot be sent to this server: %1</source>
        <translation>Le message ne peut pas être envoyé à ce serveur : %1</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s SIZE limit (%2 bytes).</source>
        <translation>Le message (%1 octets) dépasse la limite SIZE du serveur (%2 octets).</translation>
    </message>
    <message>
        <source>The server offers PIPELINING: MAIL, RCPT and DATA are sent together (RFC 2920).</source>
        <translation>Le serveur propose PIPELINING : MAIL, RCPT et DATA sont envoyés ensemble (RFC 2920).</translation>
    </message>
    <message>
        <source>The server offers PIPELINING: MAIL and RCPT are sent together (RFC 2920).</source>
        <translation>Le serveur propose PIPELINING : MAIL et RCPT sont envoyés ensemble (RFC 2920).</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <translation>Destinataire %1 refusé : %2</translation>
    </message>
    <message>
        <source>Unexpected reply to RCPT TO: %1</source>
        <translation>Réponse inattendue à RCPT TO : %1</translation>
    </message>
    <message>
        <source>The server accepted none of the recipients (last reply: %1).</source>
        <translation>Le serveur n&apos;a accepté aucun des destinataires (dernière réponse : %1).</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of message data)</source>
        <translation>
            <numerusform>(%n octet de données du message)</numerusform>
            <numerusform>(%n octets de données du message)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(message data: %n line(s), %1 bytes, then &quot;.&quot;)</source>
        <translation>
            <numerusform>(données du message : %n ligne, %1 octets, puis « . »)</numerusform>
            <numerusform>(données du message : %n lignes, %1 octets, puis « . »)</numerusform>
        </translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message numerus="yes">
        <source>Message accepted for %n recipient(s): %1</source>
        <translation>
            <numerusform>Message accepté pour %n destinataire : %1</numerusform>
            <numerusform>Message accepté pour %n destinataires : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server and this program share no TLS version: this program offers TLS 1.2 and later (RFC 8996).</source>
        <translation>Le serveur et ce programme n&apos;ont aucune version de TLS en commun : ce programme propose TLS 1.2 et ultérieur (RFC 8996).</translation>
    </message>
    <message>
        <source>The server took none of the message text for %1 s (it stopped reading).</source>
        <translation>Le serveur n&apos;a rien pris du texte du message pendant %1 s (il a cessé de lire).</translation>
    </message>
    <message>
        <source>sending the message text</source>
        <translation>envoi du texte du message</translation>
    </message>
    <message>
        <source>The server replied before the message text was complete: %1</source>
        <translation>Le serveur a répondu avant que le texte du message soit complet : %1</translation>
    </message>
    <message>
        <source>The server does not offer XCLIENT (Postfix offers it only to the hosts in smtpd_authorized_xclient_hosts), so the XCLIENT attributes were not sent.</source>
        <translation>Le serveur n’offre pas XCLIENT (Postfix ne l’offre qu’aux hôtes de smtpd_authorized_xclient_hosts) ; les attributs XCLIENT n’ont donc pas été envoyés.</translation>
    </message>
    <message>
        <source>The server&apos;s XCLIENT does not list %1; it may refuse the command.</source>
        <translation>Le XCLIENT du serveur ne mentionne pas %1 ; il pourrait refuser la commande.</translation>
    </message>
    <message>
        <source>XCLIENT was refused: %1</source>
        <translation>XCLIENT a été refusé : %1</translation>
    </message>
    <message>
        <source>XCLIENT accepted; greeting the server again as the client it now stands for.</source>
        <translation>XCLIENT accepté ; nouveau salut au serveur, au nom du client que la connexion représente désormais.</translation>
    </message>
    <message>
        <source>waiting for the reply to LHLO</source>
        <translation>en attendant la réponse à LHLO</translation>
    </message>
    <message>
        <source>waiting for the reply to XCLIENT</source>
        <translation>en attendant la réponse à XCLIENT</translation>
    </message>
    <message>
        <source>Delivery to %1 refused: %2</source>
        <translation>Remise à %1 refusée : %2</translation>
    </message>
    <message>
        <source>Unexpected reply to the message for %1: %2</source>
        <translation>Réponse inattendue au message pour %1 : %2</translation>
    </message>
    <message>
        <source>The server delivered the message to none of the recipients (last reply: %1).</source>
        <translation>Le serveur n’a remis le message à aucun des destinataires (dernière réponse : %1).</translation>
    </message>
    <message numerus="yes">
        <source>Message delivered to %1 of %n recipient(s).</source>
        <translation>
            <numerusform>Message remis à %1 sur %n destinataire.</numerusform>
            <numerusform>Message remis à %1 sur %n destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>This program offered TLS %1 to %2, as asked.</source>
        <translation>Ce programme a proposé TLS %1 à %2, comme demandé.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS; the session goes on in plaintext, as opportunistic TLS allows. Anyone on the path can read and change it, and could have removed the offer.</source>
        <translation>Le serveur n’a pas proposé STARTTLS ; la session continue en clair, comme le permet le TLS opportuniste. N’importe qui sur le chemin peut la lire et la modifier, et pourrait avoir supprimé l’offre.</translation>
    </message>
</context>
<context>
    <name>DomainCheckForm</name>
    <message>
        <source>Check:</source>
        <translation>Vérifier :</translation>
    </message>
    <message>
        <source>A mail &amp;domain (its MX records)</source>
        <translation>Un &amp;domaine de messagerie (ses enregistrements MX)</translation>
    </message>
    <message>
        <source>One &amp;host</source>
        <translation>Un &amp;hôte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Domain or host</source>
        <translation>Domaine ou hôte</translation>
    </message>
    <message>
        <source>Modes:</source>
        <translation>Modes :</translation>
    </message>
    <message>
        <source>Every &amp;mode: 25 plain, 25 STARTTLS, 587 STARTTLS, 465 implicit TLS</source>
        <translation>Tous les &amp;modes : 25 en clair, 25 STARTTLS, 587 STARTTLS, 465 TLS implicite</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur D&amp;NS :</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>The system&apos;s resolvers; or ADDRESS or ADDRESS@PORT</source>
        <translation>Les résolveurs du système ; ou ADRESSE ou ADRESSE@PORT</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC :</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted besides the system&apos;s</source>
        <translation>Certificats d&apos;AC supplémentaires (PEM) approuvés en plus de ceux du système</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier CA</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code such as 5.7.0 (class 2, 4 or 5, then subject and detail of one to three digits).</source>
        <translation>« %1 » n&apos;est pas un code d&apos;état étendu comme 5.7.0 (classe 2, 4 ou 5, puis sujet et détail d&apos;un à trois chiffres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code such as 250 or 2xx (three characters, the first 2 to 5, the others digits or x), nor an enhanced status code such as 5.7.0.</source>
        <translation>« %1 » n&apos;est ni un code de réponse comme 250 ou 2xx (trois caractères, le premier de 2 à 5, les autres des chiffres ou x), ni un code d&apos;état étendu comme 5.7.0.</translation>
    </message>
    <message>
        <source>expect needs a reply code, such as &quot;expect 250&quot; or &quot;expect 2xx ~ ready&quot;.</source>
        <translation>expect demande un code de réponse, comme « expect 250 » ou « expect 2xx ~ ready ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty alternative: join codes with one &quot;|&quot;, as in 250|251.</source>
        <translation>« %1 » contient une alternative vide : séparez les codes par un seul « | », comme dans 250|251.</translation>
    </message>
    <message>
        <source>Nothing follows &quot;~&quot;: write the regular expression the reply&apos;s text must match.</source>
        <translation>Rien ne suit « ~ » : écrivez l&apos;expression régulière à laquelle le texte de la réponse doit correspondre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>« %1 » n&apos;est pas une expression régulière valide : %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>%1: %2 did not hold: the server replied %3</source>
        <translation>%1 : %2 n&apos;est pas satisfait : le serveur a répondu %3</translation>
    </message>
    <message>
        <source>%1: %2 did not hold: the server replied %3, whose code matches but whose text does not match the regular expression</source>
        <translation>%1 : %2 n&apos;est pas satisfait : le serveur a répondu %3, dont le code correspond mais dont le texte ne correspond pas à l&apos;expression régulière</translation>
    </message>
    <message>
        <source>%1: %2 holds for the reply %3</source>
        <translation>%1 : %2 est satisfait pour la réponse %3</translation>
    </message>
</context>
<context>
    <name>ExpectationCheck</name>
    <message>
        <source>no reply</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>* %1: expect %2: held (%3)</source>
        <translation>* %1 : expect %2 : satisfaite (%3)</translation>
    </message>
    <message>
        <source>! %1: expect %2: did not hold (%3)</source>
        <translation>! %1 : expect %2 : non satisfaite (%3)</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Interactive SMTP client for testing mail servers.</source>
        <translation>Client SMTP interactif pour tester des serveurs de messagerie.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Show the window in language &lt;code&gt; (for example de, fr or en) instead of the one chosen in the preferences or the system&apos;s.</source>
        <translation>Afficher la fenêtre dans la langue &lt;code&gt; (par exemple de, fr ou en) au lieu de celle choisie dans les préférences ou de celle du système.</translation>
    </message>
    <message>
        <source>Connect the saved profile &lt;name&gt; at start: the exact name, else any case, or Folder/Name (as the command line&apos;s --profile).</source>
        <translation>Connecter au démarrage le profil enregistré &lt;name&gt; : le nom exact, sinon sans tenir compte de la casse, ou Dossier/Nom (comme --profile en ligne de commande).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>LoginMechanism</name>
    <message>
        <source>The server sent a third LOGIN challenge after the user name and password.</source>
        <translation>Le serveur a envoyé un troisième défi LOGIN après le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>This is a test message sent by SMTP Workbench.

Profile: %1
Sent: %2
</source>
        <translation>Ceci est un message de test envoyé par SMTP Workbench.

Profil : %1
Envoyé : %2
</translation>
    </message>
    <message>
        <source>The message contains NUL bytes, which many servers refuse or strip.</source>
        <translation>Le message contient des octets NUL, que beaucoup de serveurs refusent ou suppriment.</translation>
    </message>
    <message>
        <source>The message has a line of %1 octets; servers may refuse lines over %2 octets.</source>
        <translation>Le message contient une ligne de %1 octets ; les serveurs peuvent refuser les lignes de plus de %2 octets.</translation>
    </message>
    <message>
        <source>The message (%1 octets) is larger than the server&apos;s SIZE limit (%2).</source>
        <translation>Le message (%1 octets) dépasse la limite SIZE du serveur (%2).</translation>
    </message>
    <message>
        <source>The message contains 8-bit data, but the server does not advertise 8BITMIME.</source>
        <translation>Le message contient des données 8 bits, mais le serveur n&apos;annonce pas 8BITMIME.</translation>
    </message>
    <message>
        <source>An address is not ASCII, but the server does not advertise SMTPUTF8.</source>
        <translation>Une adresse n&apos;est pas en ASCII, mais le serveur n&apos;annonce pas SMTPUTF8.</translation>
    </message>
    <message>
        <source>The DSN return type &quot;%1&quot; is neither FULL nor HDRS (RFC 3461 §4.3).</source>
        <translation>Le type de retour DSN « %1 » n&apos;est ni FULL ni HDRS (RFC 3461 §4.3).</translation>
    </message>
    <message>
        <source>The DSN envelope ID may contain only printable ASCII characters.</source>
        <translation>L&apos;identifiant d&apos;enveloppe DSN ne peut contenir que des caractères ASCII imprimables.</translation>
    </message>
    <message>
        <source>The DSN envelope ID is longer than 100 characters (RFC 3461 §4.4).</source>
        <translation>L&apos;identifiant d&apos;enveloppe DSN dépasse 100 caractères (RFC 3461 §4.4).</translation>
    </message>
    <message>
        <source>REQUIRETLS was asked for, but the server does not advertise it.</source>
        <translation>REQUIRETLS a été demandé, mais le serveur ne l&apos;annonce pas.</translation>
    </message>
    <message>
        <source>REQUIRETLS needs a TLS connection with a validated server certificate (RFC 8689 §4.1).</source>
        <translation>REQUIRETLS demande une connexion TLS avec un certificat serveur validé (RFC 8689 §4.1).</translation>
    </message>
    <message>
        <source>The DSN NOTIFY value &quot;%1&quot; has an empty item.</source>
        <translation>La valeur DSN NOTIFY « %1 » contient un élément vide.</translation>
    </message>
    <message>
        <source>The DSN NOTIFY value &quot;%1&quot; is not NEVER, SUCCESS, FAILURE or DELAY (RFC 3461 §4.1).</source>
        <translation>La valeur DSN NOTIFY « %1 » n&apos;est pas NEVER, SUCCESS, FAILURE ou DELAY (RFC 3461 §4.1).</translation>
    </message>
    <message>
        <source>The DSN NOTIFY value names %1 twice.</source>
        <translation>La valeur DSN NOTIFY cite %1 deux fois.</translation>
    </message>
    <message>
        <source>DSN NOTIFY=NEVER cannot be combined with other values (RFC 3461 §4.1).</source>
        <translation>DSN NOTIFY=NEVER ne peut pas être combiné avec d&apos;autres valeurs (RFC 3461 §4.1).</translation>
    </message>
    <message>
        <source>Delivery status notifications (DSN) were asked for, but the server does not advertise DSN (RFC 3461).</source>
        <translation>Des notifications d’état de remise (DSN) ont été demandées, mais le serveur n’annonce pas DSN (RFC 3461).</translation>
    </message>
</context>
<context>
    <name>MessageComposition</name>
    <message>
        <source>The header field &quot;%1&quot; must read &quot;Name: value&quot;.</source>
        <translation>Le champ d’en-tête « %1 » doit avoir la forme « Nom: valeur ».</translation>
    </message>
    <message>
        <source>The header field name &quot;%1&quot; may hold only printable ASCII characters without spaces (RFC 5322 §3.6.8).</source>
        <translation>Le nom de champ d’en-tête « %1 » ne peut contenir que des caractères ASCII imprimables sans espace (RFC 5322 §3.6.8).</translation>
    </message>
    <message>
        <source>The header field %1 holds a line break (CR or LF).</source>
        <translation>Le champ d’en-tête %1 contient un saut de ligne (CR ou LF).</translation>
    </message>
    <message>
        <source>The header field %1 holds a control character.</source>
        <translation>Le champ d’en-tête %1 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The header field %1 is set by the message&apos;s MIME structure and cannot be given.</source>
        <translation>Le champ d’en-tête %1 est fixé par la structure MIME du message et ne peut pas être donné.</translation>
    </message>
    <message>
        <source>The header field %1 is longer than %2 characters (RFC 5322 §2.1.1).</source>
        <translation>Le champ d’en-tête %1 dépasse %2 caractères (RFC 5322 §2.1.1).</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Une pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>La pièce jointe %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The attachment %1 is a directory, not a file.</source>
        <translation>La pièce jointe %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MiB.</source>
        <translation>La pièce jointe %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Impossible de lire la pièce jointe %1 : %2</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <source>Inherited: %1</source>
        <translation>Hérité : %1</translation>
    </message>
    <message>
        <source>The built-in subject</source>
        <translation>L’objet intégré</translation>
    </message>
    <message>
        <source>The built-in text</source>
        <translation>Le texte intégré</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, e.g. X-Campaign: 42</source>
        <translation>Un « Nom: valeur » par ligne, p. ex. X-Campaign: 42</translation>
    </message>
    <message>
        <source>One file path per line</source>
        <translation>Un chemin de fichier par ligne</translation>
    </message>
    <message>
        <source>No DSN; e.g. SUCCESS,FAILURE</source>
        <translation>Pas de DSN ; p. ex. SUCCESS,FAILURE</translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Inherited (%1)</source>
        <translation>Hérité (%1)</translation>
    </message>
    <message>
        <source>FULL (the whole message)</source>
        <translation>FULL (le message entier)</translation>
    </message>
    <message>
        <source>HDRS (headers only)</source>
        <translation>HDRS (en-têtes seulement)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>MessageTextReader</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Le fichier de message %1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>MessageTextScanner</name>
    <message>
        <source>cannot read the file %1: %2</source>
        <translation>impossible de lire le fichier %1 : %2</translation>
    </message>
</context>
<context>
    <name>NagiosReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>le certificat expire dans %n jour</numerusform>
            <numerusform>le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
</context>
<context>
    <name>OAuthBearerMechanism</name>
    <message>
        <source>The server sent an OAUTHBEARER challenge before the credentials.</source>
        <translation>Le serveur a envoyé un défi OAUTHBEARER avant les identifiants.</translation>
    </message>
    <message>
        <source>The server sent another OAUTHBEARER challenge after its error report.</source>
        <translation>Le serveur a envoyé un autre défi OAUTHBEARER après son rapport d&apos;erreur.</translation>
    </message>
</context>
<context>
    <name>OcspReport</name>
    <message>
        <source>unspecified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation>clé compromise</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>AC compromise</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>affiliation modifiée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation>cessation d’activité</translation>
    </message>
    <message>
        <source>certificate hold</source>
        <translation>certificat suspendu</translation>
    </message>
    <message>
        <source>removed from CRL</source>
        <translation>retiré de la CRL</translation>
    </message>
    <message>
        <source>the response is malformed</source>
        <translation>la réponse est mal formée</translation>
    </message>
    <message>
        <source>the responder gave no status (an error response)</source>
        <translation>le répondeur n’a donné aucun statut (une réponse d’erreur)</translation>
    </message>
    <message>
        <source>the response is not signed by the certificate&apos;s issuer or a responder it delegated to</source>
        <translation>la réponse n’est signée ni par l’émetteur du certificat ni par un répondeur qu’il a délégué</translation>
    </message>
    <message>
        <source>the response is about another certificate</source>
        <translation>la réponse concerne un autre certificat</translation>
    </message>
    <message>
        <source>the response is out of date</source>
        <translation>la réponse est périmée</translation>
    </message>
    <message>
        <source>OCSP: the server stapled no response.</source>
        <translation>OCSP : le serveur n’a agrafé aucune réponse.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OCSP: the stapled response cannot be trusted: %1. It claims: %2.</source>
        <translation>OCSP : la réponse agrafée n’est pas fiable : %1. Elle affirme : %2.</translation>
    </message>
    <message>
        <source>OCSP: %1, signed by %2 (response verified).</source>
        <translation>OCSP : %1, signé par %2 (réponse vérifiée).</translation>
    </message>
</context>
<context>
    <name>PlainMechanism</name>
    <message>
        <source>authorization identity</source>
        <translation>identité d&apos;autorisation</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The server sent another PLAIN challenge after the credentials.</source>
        <translation>Le serveur a envoyé un autre défi PLAIN après les identifiants.</translation>
    </message>
    <message>
        <source>The server sent a non-empty PLAIN challenge, which RFC 4616 does not define.</source>
        <translation>Le serveur a envoyé un défi PLAIN non vide, que la RFC 4616 ne définit pas.</translation>
    </message>
</context>
<context>
    <name>PolicyCheckDialog</name>
    <message>
        <source>Check Policy</source>
        <translation>Vérifier la politique</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window and its messages. The system default follows the desktop&apos;s language settings.</source>
        <translation>La langue de la fenêtre et de ses messages. La valeur du système suit les réglages de langue du bureau.</translation>
    </message>
    <message>
        <source>The new language is used the next time SMTP Workbench starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de SMTP Workbench.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>&amp;Time stamps:</source>
        <translation>&amp;Horodatage :</translation>
    </message>
    <message>
        <source>Time stamp format</source>
        <translation>Format de l&apos;horodatage</translation>
    </message>
    <message>
        <source>How transcript lines are stamped: time since the session started, or the time of day.</source>
        <translation>Comment les lignes de la transcription sont horodatées : temps écoulé depuis le début de la session, ou heure du jour.</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Temps relatif</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Heure réelle</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the desktop&apos;s, or light or dark whatever the desktop uses. Applies at once.</source>
        <translation>Les couleurs de la fenêtre : celles du bureau, ou claires ou sombres quel que soit le bureau. S’applique aussitôt.</translation>
    </message>
</context>
<context>
    <name>ProbeSelection</name>
    <message>
        <source>--probe needs probe names separated by commas: %1 or all.</source>
        <translation>--probe demande des noms de sondes séparés par des virgules : %1 ou all.</translation>
    </message>
    <message>
        <source>Unknown probe &quot;%1&quot;; the probes are %2, and all.</source>
        <translation>Sonde inconnue « %1 » ; les sondes sont %2, et all.</translation>
    </message>
</context>
<context>
    <name>ProbeVerdicts</name>
    <message>
        <source>the server did not answer</source>
        <translation>le serveur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>tls-versions is judged from handshakes, not from replies.</source>
        <translation>tls-versions se juge sur les négociations TLS, pas sur les réponses.</translation>
    </message>
    <message>
        <source>The connection uses TLS from its first byte (implicit TLS): there is no plaintext phase to check.</source>
        <translation>La connexion utilise TLS dès son premier octet (TLS implicite) : il n&apos;y a pas de phase en clair à vérifier.</translation>
    </message>
    <message>
        <source> It does not even offer STARTTLS, so every message travels in clear.</source>
        <translation> Il ne propose même pas STARTTLS, donc chaque message circule en clair.</translation>
    </message>
    <message>
        <source>The server accepts MAIL FROM before STARTTLS (%1). On port 25 that is right for a public MX, which must accept mail without TLS (RFC 3207 §4); a server only your own users send to should require STARTTLS.%2</source>
        <translation>Le serveur accepte MAIL FROM avant STARTTLS (%1). Sur le port 25, c&apos;est correct pour un MX public, qui doit accepter le courrier sans TLS (RFC 3207 §4) ; un serveur auquel seuls vos propres utilisateurs envoient devrait exiger STARTTLS.%2</translation>
    </message>
    <message>
        <source>The server accepts MAIL FROM before STARTTLS (%1): messages can travel in clear text. Refuse mail on port %2 until the client has started TLS.%3</source>
        <translation>Le serveur accepte MAIL FROM avant STARTTLS (%1) : les messages peuvent circuler en clair. Refusez le courrier sur le port %2 tant que le client n&apos;a pas démarré TLS.%3</translation>
    </message>
    <message>
        <source>The server refuses MAIL FROM before TLS (%1) but does not offer STARTTLS: no client can reach the TLS it asks for on this port.</source>
        <translation>Le serveur refuse MAIL FROM avant TLS (%1) mais ne propose pas STARTTLS : aucun client ne peut atteindre sur ce port le TLS qu&apos;il exige.</translation>
    </message>
    <message>
        <source>The server refuses MAIL FROM before STARTTLS (%1).</source>
        <translation>Le serveur refuse MAIL FROM avant STARTTLS (%1).</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused MAIL FROM:&lt;%1&gt; before STARTTLS, but not for want of TLS (%2). Run the probe with --from set to an address the server accepts.</source>
        <translation>Non concluant : le serveur a refusé MAIL FROM:&lt;%1&gt; avant STARTTLS, mais pas faute de TLS (%2). Lancez la sonde avec --from réglé sur une adresse que le serveur accepte.</translation>
    </message>
    <message>
        <source>Not conclusive: the server answered MAIL FROM with %1. Try again later.</source>
        <translation>Non concluant : le serveur a répondu %1 à MAIL FROM. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The connection uses TLS from its first byte (implicit TLS): nothing is offered before TLS.</source>
        <translation>La connexion utilise TLS dès son premier octet (TLS implicite) : rien n&apos;est proposé avant TLS.</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused EHLO before TLS (%1), so what it offers there is unknown.</source>
        <translation>Non concluant : le serveur a refusé EHLO avant TLS (%1), on ignore donc ce qu&apos;il y propose.</translation>
    </message>
    <message>
        <source>The server advertises AUTH before TLS without naming a mechanism. Offer AUTH only after STARTTLS.</source>
        <translation>Le serveur annonce AUTH avant TLS sans nommer de mécanisme. Ne proposez AUTH qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers no AUTH before TLS.</source>
        <translation>Le serveur ne propose pas AUTH avant TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS, with challenge-response mechanisms only (%1): no password travels in clear, but anyone on the path can try to guess it offline or strip the offer. Offer AUTH only after STARTTLS.</source>
        <translation>Le serveur propose AUTH avant TLS, avec des mécanismes défi-réponse uniquement (%1) : aucun mot de passe ne circule en clair, mais quiconque sur le chemin peut tenter de le deviner hors ligne ou supprimer l&apos;offre. Ne proposez AUTH qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS (%1): a client that takes the offer sends its password or token in clear text, readable by anyone on the path. Offer AUTH only after STARTTLS.</source>
        <translation>Le serveur propose AUTH avant TLS (%1) : un client qui accepte l&apos;offre envoie son mot de passe ou son jeton en clair, lisible par quiconque sur le chemin. Ne proposez AUTH qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused MAIL FROM:&lt;%1&gt; (%2) before a recipient could be tried. Probe again with --from set to an address the server accepts, or with --security starttls if it asks for TLS first.</source>
        <translation>Non concluant : le serveur a refusé MAIL FROM:&lt;%1&gt; (%2) avant qu&apos;un destinataire puisse être essayé. Relancez la sonde avec --from réglé sur une adresse que le serveur accepte, ou avec --security starttls s&apos;il exige d&apos;abord TLS.</translation>
    </message>
    <message>
        <source>Without AUTH, the server accepted RCPT TO:&lt;%1&gt; (%2): it relays to outside domains, or accepts now and bounces later to forged senders. Refuse recipients outside your own domains to clients that have not authenticated. (No message was sent: RSET followed.)</source>
        <translation>Sans AUTH, le serveur a accepté RCPT TO:&lt;%1&gt; (%2) : il relaie vers des domaines extérieurs, ou accepte maintenant et renvoie plus tard des rejets à des expéditeurs falsifiés. Refusez aux clients non authentifiés les destinataires hors de vos propres domaines. (Aucun message n&apos;a été envoyé : RSET a suivi.)</translation>
    </message>
    <message>
        <source>Not conclusive: the server refused RCPT TO:&lt;%1&gt; for its domain (%2), not as relaying. Probe again with an outside address whose domain accepts mail.</source>
        <translation>Non concluant : le serveur a refusé RCPT TO:&lt;%1&gt; pour son domaine (%2), et non comme relais. Relancez la sonde avec une adresse extérieure dont le domaine accepte le courrier.</translation>
    </message>
    <message>
        <source>Without AUTH, the server refused RCPT TO:&lt;%1&gt; (%2): it does not relay.</source>
        <translation>Sans AUTH, le serveur a refusé RCPT TO:&lt;%1&gt; (%2) : il ne relaie pas.</translation>
    </message>
    <message>
        <source>Not conclusive: the server answered RCPT TO:&lt;%1&gt; with %2 (greylisting or a failed lookup?). Try again later.</source>
        <translation>Non concluant : le serveur a répondu %2 à RCPT TO:&lt;%1&gt; (greylisting ou une résolution échouée ?). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>TLS %1 was not tried: this program&apos;s TLS library does not offer it (%2). Check with a client that still can, if you need to know.</source>
        <translation>TLS %1 n&apos;a pas été essayé : la bibliothèque TLS de ce programme ne le propose pas (%2). Vérifiez avec un client qui le peut encore, si vous avez besoin de le savoir.</translation>
    </message>
    <message>
        <source>TLS %1 was not checked: %2</source>
        <translation>TLS %1 n&apos;a pas été vérifié : %2</translation>
    </message>
    <message>
        <source>TLS %1 is accepted.</source>
        <translation>TLS %1 est accepté.</translation>
    </message>
    <message>
        <source>TLS %1 is accepted. RFC 8996 deprecates it; on a public MX it still beats plaintext for old senders (RFC 7435), so weigh turning it off.</source>
        <translation>TLS %1 est accepté. La RFC 8996 le déprécie ; sur un MX public, il vaut encore mieux que le clair pour les anciens expéditeurs (RFC 7435), pesez donc l&apos;intérêt de le désactiver.</translation>
    </message>
    <message>
        <source>TLS %1 is accepted, which RFC 8996 forbids: allow only TLS 1.2 and 1.3.</source>
        <translation>TLS %1 est accepté, ce que la RFC 8996 interdit : n&apos;autorisez que TLS 1.2 et 1.3.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>TLS %1 is refused%2, as RFC 8996 asks.</source>
        <translation>TLS %1 est refusé%2, comme le demande la RFC 8996.</translation>
    </message>
    <message>
        <source>TLS 1.3 is refused%1. RFC 9325 recommends it: it is faster and hides more of the handshake.</source>
        <translation>TLS 1.3 est refusé%1. La RFC 9325 le recommande : il est plus rapide et masque une plus grande partie de la négociation.</translation>
    </message>
    <message>
        <source>TLS 1.2 is refused%1, and TLS 1.3 too: no current client can use TLS with this server. Enable TLS 1.2 and 1.3.</source>
        <translation>TLS 1.2 est refusé%1, et TLS 1.3 aussi : aucun client actuel ne peut utiliser TLS avec ce serveur. Activez TLS 1.2 et 1.3.</translation>
    </message>
    <message>
        <source>TLS 1.2 is refused%1: clients without TLS 1.3 cannot use TLS with this server. RFC 9325 asks servers to support TLS 1.2.</source>
        <translation>TLS 1.2 est refusé%1 : les clients sans TLS 1.3 ne peuvent pas utiliser TLS avec ce serveur. La RFC 9325 demande aux serveurs de prendre en charge TLS 1.2.</translation>
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
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How the profile is listed</source>
        <translation>Le nom sous lequel le profil apparaît dans la liste</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder path, for example Customers/ACME</source>
        <translation>Chemin du dossier, par exemple Clients/ACME</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Name, IPv4 or IPv6 address of the server to dial</source>
        <translation>Nom, adresse IPv4 ou IPv6 du serveur à joindre</translation>
    </message>
    <message>
        <source>mail.example.org, 192.0.2.1 or ::1</source>
        <translation>mail.example.org, 192.0.2.1 ou ::1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>0 uses the default port of the security mode</source>
        <translation>0 utilise le port par défaut du mode de sécurité</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Submission profile (default port 587)</source>
        <translation>Profil de soumission (port par défaut 587)</translation>
    </message>
    <message>
        <source>A submission profile defaults to port 587</source>
        <translation>Un profil de soumission utilise par défaut le port 587</translation>
    </message>
    <message>
        <source>E&amp;xtended SMTP (EHLO)</source>
        <translation>SMTP &amp;étendu (EHLO)</translation>
    </message>
    <message>
        <source>Off: HELO only. Always on for port 587.</source>
        <translation>Désactivé : HELO seulement. Toujours activé pour le port 587.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Dé&amp;lai :</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Bounds every wait: connect, TLS handshake, each reply</source>
        <translation>Limite chaque attente : connexion, négociation TLS, chaque réponse</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>socks5://host:port or http://host:port</source>
        <translation>socks5://hôte:port ou http://hôte:port</translation>
    </message>
    <message>
        <source>&amp;Trusted site: do not validate the certificate</source>
        <translation>Site de &amp;confiance : ne pas valider le certificat</translation>
    </message>
    <message>
        <source>The transcript warns, and the report still shows what would have failed</source>
        <translation>La transcription avertit, et le rapport montre quand même ce qui aurait échoué</translation>
    </message>
    <message>
        <source>Ser&amp;ver name:</source>
        <translation>Nom du ser&amp;veur :</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Tunnel: the name verified in the certificate and sent as SNI</source>
        <translation>Tunnel : le nom vérifié dans le certificat et envoyé comme SNI</translation>
    </message>
    <message>
        <source>Same as the host</source>
        <translation>Identique à l&apos;hôte</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC :</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted besides the system&apos;s</source>
        <translation>Certificats d&apos;AC supplémentaires (PEM) approuvés en plus de ceux du système</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose file for ca file</source>
        <translation>Choisir le fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client certificate (PEM or PKCS#12)</source>
        <translation>Certificat client (PEM ou PKCS#12)</translation>
    </message>
    <message>
        <source>Choose file for client certificate</source>
        <translation>Choisir le fichier du certificat client</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lé client :</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Client key (PEM); empty when the certificate file holds it</source>
        <translation>Clé client (PEM) ; vide si le fichier du certificat la contient</translation>
    </message>
    <message>
        <source>Choose file for client key</source>
        <translation>Choisir le fichier de la clé client</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the profile file</source>
        <translation>Conservée dans le trousseau du système, jamais dans le fichier des profils</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Local name (EHLO):</source>
        <translation>Nom &amp;local (EHLO) :</translation>
    </message>
    <message>
        <source>Local name (EHLO)</source>
        <translation>Nom local (EHLO)</translation>
    </message>
    <message>
        <source>This machine&apos;s name</source>
        <translation>Le nom de cette machine</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comma-separated, for example production, eu</source>
        <translation>Séparées par des virgules, par exemple production, eu</translation>
    </message>
    <message>
        <source>&amp;Favourite (listed first)</source>
        <translation>&amp;Favori (affiché en premier)</translation>
    </message>
    <message>
        <source>Favourites are listed at the top of the tree</source>
        <translation>Les favoris sont affichés en haut de l&apos;arborescence</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mécanisme :</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Allow credentials without &amp;validated TLS</source>
        <translation>Autoriser les identifiants sans TLS &amp;validé</translation>
    </message>
    <message>
        <source>RFC 8314: only when you accept that the password may be read on the way</source>
        <translation>RFC 8314 : seulement si vous acceptez que le mot de passe puisse être lu en chemin</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>sender@example.org</source>
        <translation>sender@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Comma-separated recipients</source>
        <translation>Destinataires séparés par des virgules</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connect with these settings without saving them</source>
        <translation>Se connecter avec ces réglages sans les enregistrer</translation>
    </message>
    <message>
        <source>Bring the test&apos;s tab with its transcript to the front</source>
        <translation>Afficher l&apos;onglet du test et sa transcription</translation>
    </message>
    <message>
        <source>S&amp;NI name:</source>
        <translation>Nom S&amp;NI :</translation>
    </message>
    <message>
        <source>SNI name</source>
        <translation>Nom SNI</translation>
    </message>
    <message>
        <source>Send this name as SNI instead of the verified one; the certificate is still verified for the server name or host</source>
        <translation>Envoyer ce nom comme SNI au lieu du nom vérifié ; le certificat reste vérifié pour le nom de serveur ou l’hôte</translation>
    </message>
    <message>
        <source>The verified name</source>
        <translation>Le nom vérifié</translation>
    </message>
    <message>
        <source>Send no SNI (server name indication)</source>
        <translation>N’envoyer aucun SNI (indication du nom de serveur)</translation>
    </message>
    <message>
        <source>How does the server choose its certificate for a client that names no server?</source>
        <translation>Comment le serveur choisit-il son certificat pour un client qui ne nomme aucun serveur ?</translation>
    </message>
    <message>
        <source>Address fa&amp;mily:</source>
        <translation>&amp;Famille d’adresses :</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Famille d’adresses</translation>
    </message>
    <message>
        <source>Dial only IPv4 or only IPv6 addresses of the host (-4, -6)</source>
        <translation>Ne joindre que les adresses IPv4 ou que les adresses IPv6 de l’hôte (-4, -6)</translation>
    </message>
    <message>
        <source>Local a&amp;ddress:</source>
        <translation>Adresse lo&amp;cale :</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>The address of this machine the connection comes from (--bind)</source>
        <translation>L’adresse de cette machine d’où part la connexion (--bind)</translation>
    </message>
    <message>
        <source>Chosen by the system</source>
        <translation>Choisie par le système</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>Pr&amp;otocole :</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>LMTP greets with LHLO and answers the message once per recipient</source>
        <translation>LMTP salue par LHLO et répond au message une fois par destinataire</translation>
    </message>
    <message>
        <source>PROXY header</source>
        <translation>En-tête PROXY</translation>
    </message>
    <message>
        <source>A HAProxy PROXY protocol header sent before anything else, as a load balancer would</source>
        <translation>Un en-tête du protocole PROXY de HAProxy envoyé avant toute chose, comme le ferait un répartiteur de charge</translation>
    </message>
    <message>
        <source>PROXY so&amp;urce:</source>
        <translation>So&amp;urce PROXY :</translation>
    </message>
    <message>
        <source>PROXY source</source>
        <translation>Source PROXY</translation>
    </message>
    <message>
        <source>The client address and port the PROXY header claims</source>
        <translation>L’adresse et le port du client que déclare l’en-tête PROXY</translation>
    </message>
    <message>
        <source>192.0.2.1:4321 or [2001:db8::1]:4321</source>
        <translation>192.0.2.1:4321 ou [2001:db8::1]:4321</translation>
    </message>
    <message>
        <source>XCLIENT attri&amp;butes:</source>
        <translation>Attri&amp;buts XCLIENT :</translation>
    </message>
    <message>
        <source>XCLIENT attributes</source>
        <translation>Attributs XCLIENT</translation>
    </message>
    <message>
        <source>Postfix XCLIENT attributes sent after EHLO when the server offers XCLIENT, separated by spaces</source>
        <translation>Attributs XCLIENT de Postfix envoyés après EHLO quand le serveur offre XCLIENT, séparés par des espaces</translation>
    </message>
    <message>
        <source>ADDR=192.0.2.1 NAME=client.example</source>
        <translation>ADDR=192.0.2.1 NAME=client.example</translation>
    </message>
    <message>
        <source>Lo&amp;west TLS version:</source>
        <translation>Version TLS la plus &amp;basse :</translation>
    </message>
    <message>
        <source>Lowest TLS version</source>
        <translation>Version TLS la plus basse</translation>
    </message>
    <message>
        <source>The lowest TLS version offered (--tls-min); below 1.2 only to test old servers</source>
        <translation>La version TLS la plus basse proposée (--tls-min) ; en dessous de 1.2 seulement pour tester d’anciens serveurs</translation>
    </message>
    <message>
        <source>&amp;Highest TLS version:</source>
        <translation>Version TLS la plus hau&amp;te :</translation>
    </message>
    <message>
        <source>Highest TLS version</source>
        <translation>Version TLS la plus haute</translation>
    </message>
    <message>
        <source>The highest TLS version offered (--tls-max)</source>
        <translation>La version TLS la plus haute proposée (--tls-max)</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>C&amp;hiffrements :</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffrements</translation>
    </message>
    <message>
        <source>OpenSSL cipher names joined by &apos;:&apos; (--ciphers); TLS_… names are TLS 1.3 suites, the others ciphers of TLS 1.2 and earlier</source>
        <translation>Noms de chiffrements OpenSSL séparés par « : » (--ciphers) ; les noms TLS_… sont des suites TLS 1.3, les autres des chiffrements de TLS 1.2 et antérieurs</translation>
    </message>
    <message>
        <source>Ask for a stapled OCSP response</source>
        <translation>Demander une réponse OCSP agrafée</translation>
    </message>
    <message>
        <source>Report the revocation status the server staples (--ocsp); a trusted response saying revoked refuses the certificate</source>
        <translation>Rapporter l’état de révocation agrafé par le serveur (--ocsp) ; une réponse fiable indiquant « révoqué » fait refuser le certificat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The subject of the built-in test message (--subject)</source>
        <translation>L’objet du message de test intégré (--subject)</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The text of the built-in test message (--body)</source>
        <translation>Le texte du message de test intégré (--body)</translation>
    </message>
    <message>
        <source>&amp;Header fields:</source>
        <translation>&amp;Champs d’en-tête :</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Champs d’en-tête</translation>
    </message>
    <message>
        <source>Extra header fields of the built-in message, one per line (--header)</source>
        <translation>Champs d’en-tête supplémentaires du message intégré, un par ligne (--header)</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Pièces &amp;jointes :</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Files sent with the built-in message as base64 attachments, one path per line (--attach)</source>
        <translation>Fichiers envoyés avec le message intégré en pièces jointes base64, un chemin par ligne (--attach)</translation>
    </message>
    <message>
        <source>DSN &amp;notify:</source>
        <translation>&amp;Notification DSN :</translation>
    </message>
    <message>
        <source>DSN notify</source>
        <translation>Notification DSN</translation>
    </message>
    <message>
        <source>When the server should report delivery (RFC 3461 NOTIFY, --dsn): NEVER, or SUCCESS, FAILURE and DELAY joined by commas</source>
        <translation>Quand le serveur doit rendre compte de la remise (RFC 3461 NOTIFY, --dsn) : NEVER, ou SUCCESS, FAILURE et DELAY séparés par des virgules</translation>
    </message>
    <message>
        <source>DSN &amp;return:</source>
        <translation>&amp;Retour DSN :</translation>
    </message>
    <message>
        <source>DSN return</source>
        <translation>Retour DSN</translation>
    </message>
    <message>
        <source>What a delivery report returns of the message (RFC 3461 RET, --dsn-ret)</source>
        <translation>Ce qu’un rapport de remise renvoie du message (RFC 3461 RET, --dsn-ret)</translation>
    </message>
    <message>
        <source>En&amp;velope ID:</source>
        <translation>ID d’en&amp;veloppe :</translation>
    </message>
    <message>
        <source>Envelope ID</source>
        <translation>ID d’enveloppe</translation>
    </message>
    <message>
        <source>The envelope identifier delivery reports quote (RFC 3461 ENVID, --envid)</source>
        <translation>L’identifiant d’enveloppe que citent les rapports de remise (RFC 3461 ENVID, --envid)</translation>
    </message>
    <message>
        <source>Use PIPELINING when the server offers it</source>
        <translation>Utiliser PIPELINING quand le serveur le propose</translation>
    </message>
    <message>
        <source>Send MAIL, RCPT and DATA as one group (RFC 2920); off is --no-pipelining</source>
        <translation>Envoyer MAIL, RCPT et DATA en un seul groupe (RFC 2920) ; désactivé équivaut à --no-pipelining</translation>
    </message>
    <message>
        <source>Use CHUNKING (BDAT) when the server offers it</source>
        <translation>Utiliser CHUNKING (BDAT) quand le serveur le propose</translation>
    </message>
    <message>
        <source>Send the message with BDAT (RFC 3030); off is --no-chunking</source>
        <translation>Envoyer le message avec BDAT (RFC 3030) ; désactivé équivaut à --no-chunking</translation>
    </message>
    <message>
        <source>TLS key log</source>
        <translation>Journal de clés TLS</translation>
    </message>
    <message>
        <source>Append each session&apos;s TLS secrets to this file for Wireshark (--keylog). Anyone who can read it can decrypt the sessions, passwords included.</source>
        <translation>Ajouter les secrets TLS de chaque session à ce fichier pour Wireshark (--keylog). Quiconque peut le lire peut déchiffrer les sessions, mots de passe compris.</translation>
    </message>
    <message>
        <source>None (no secrets written)</source>
        <translation>Aucun (aucun secret écrit)</translation>
    </message>
    <message>
        <source>TLS key &amp;log:</source>
        <translation>&amp;Journal de clés TLS :</translation>
    </message>
    <message>
        <source>PROXY he&amp;ader:</source>
        <translation>En-tête PRO&amp;XY :</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Certi&amp;ficat client :</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>T&amp;ester</translation>
    </message>
</context>
<context>
    <name>ProfileRunRecording</name>
    <message>
        <source>The profile file is read-only; the certificate was not remembered.</source>
        <translation>Le fichier des profils est en lecture seule ; le certificat n’a pas été mémorisé.</translation>
    </message>
</context>
<context>
    <name>ProxyHeader</name>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT.</source>
        <translation>« %1 » n’est pas de la forme ADRESSE:PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or a bracketed IPv6 address.</source>
        <translation>« %1 » n’est ni une adresse IPv4 ni une adresse IPv6 entre crochets.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a scope (%2), which the PROXY header cannot carry.</source>
        <translation>« %1 » a une portée (%2), que l’en-tête PROXY ne peut pas transporter.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Le port doit être un nombre de 1 à 65535, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>ReplyExplanation</name>
    <message>
        <source>Other undefined status</source>
        <translation>Autre état non défini</translation>
    </message>
    <message>
        <source>The server gives no detail; read its text.</source>
        <translation>Le serveur ne donne aucun détail ; lisez son texte.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Autre état d&apos;adresse</translation>
    </message>
    <message>
        <source>Something is wrong with an address; check the sender and recipients.</source>
        <translation>Une adresse pose problème ; vérifiez l&apos;expéditeur et les destinataires.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>The mailbox does not exist on this server: check the spelling of the recipient&apos;s local part.</source>
        <translation>La boîte aux lettres n&apos;existe pas sur ce serveur : vérifiez l&apos;orthographe de la partie locale du destinataire.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Adresse du système de destination incorrecte</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is wrong or not handled here: check the domain and its MX records.</source>
        <translation>Le domaine du destinataire est erroné ou n&apos;est pas géré ici : vérifiez le domaine et ses enregistrements MX.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>The recipient address is malformed: correct its syntax.</source>
        <translation>L&apos;adresse du destinataire est mal formée : corrigez sa syntaxe.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Adresse de boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox: use a more specific one.</source>
        <translation>L&apos;adresse correspond à plus d&apos;une boîte aux lettres : utilisez-en une plus précise.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <source>The recipient address was accepted.</source>
        <translation>L&apos;adresse du destinataire a été acceptée.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Boîte aux lettres de destination déplacée, pas d&apos;adresse de réexpédition</translation>
    </message>
    <message>
        <source>The recipient has moved: ask them for their new address.</source>
        <translation>Le destinataire a déménagé : demandez-lui sa nouvelle adresse.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>The sender address (MAIL FROM) is malformed: correct its syntax.</source>
        <translation>L&apos;adresse de l&apos;expéditeur (MAIL FROM) est mal formée : corrigez sa syntaxe.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Adresse du système de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>The sender&apos;s domain cannot receive replies (no MX or address): use a sender domain that can.</source>
        <translation>Le domaine de l&apos;expéditeur ne peut pas recevoir de réponses (ni MX ni adresse) : utilisez un domaine d&apos;expéditeur qui le peut.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Message relayé vers un système de messagerie non conforme</translation>
    </message>
    <message>
        <source>Delivered onward to a system that will not send delivery reports.</source>
        <translation>Transmis à un système qui n&apos;enverra pas de rapports de remise.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>L&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain declares that it accepts no mail (RFC 7505): do not send there.</source>
        <translation>Le domaine du destinataire déclare n&apos;accepter aucun courrier (RFC 7505) : n&apos;y envoyez rien.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Autre état de boîte aux lettres ou état non défini</translation>
    </message>
    <message>
        <source>The mailbox exists but something about it prevents delivery.</source>
        <translation>La boîte aux lettres existe, mais quelque chose empêche la remise.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Boîte aux lettres désactivée, n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>The mailbox is disabled: the recipient&apos;s administrator must enable it.</source>
        <translation>La boîte aux lettres est désactivée : l&apos;administrateur du destinataire doit l&apos;activer.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota: they must make room.</source>
        <translation>La boîte aux lettres du destinataire a dépassé son quota : il doit faire de la place.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>La taille du message dépasse la limite administrative</translation>
    </message>
    <message>
        <source>The message is larger than this mailbox accepts: send a smaller one.</source>
        <translation>Le message est plus gros que ce qu&apos;accepte cette boîte aux lettres : envoyez-en un plus petit.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problème de développement de la liste de diffusion</translation>
    </message>
    <message>
        <source>The recipient is a list that could not be expanded: tell its owner.</source>
        <translation>Le destinataire est une liste qui n&apos;a pas pu être développée : prévenez son propriétaire.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Autre état du système de messagerie ou état non défini</translation>
    </message>
    <message>
        <source>The receiving system has a problem of its own: its administrator must look.</source>
        <translation>Le système destinataire a un problème qui lui est propre : son administrateur doit s&apos;en occuper.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <source>The server is out of storage: try later, or tell its administrator.</source>
        <translation>Le serveur manque d&apos;espace de stockage : réessayez plus tard, ou prévenez son administrateur.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>Le système n&apos;accepte pas les messages du réseau</translation>
    </message>
    <message>
        <source>The server is not taking mail now (maintenance or shutdown): try later.</source>
        <translation>Le serveur n&apos;accepte pas de courrier pour l&apos;instant (maintenance ou arrêt) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>Le système ne prend pas en charge les fonctions choisies</translation>
    </message>
    <message>
        <source>A feature the message asks for is not supported here: send it without that feature.</source>
        <translation>Une fonction demandée par le message n&apos;est pas prise en charge ici : envoyez-le sans cette fonction.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Message trop gros pour le système</translation>
    </message>
    <message>
        <source>The message exceeds the server&apos;s size limit (see SIZE in EHLO).</source>
        <translation>Le message dépasse la taille maximale du serveur (voir SIZE dans EHLO).</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <source>The server says it is misconfigured: its administrator must fix it.</source>
        <translation>Le serveur se dit mal configuré : son administrateur doit le corriger.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>La priorité demandée a été modifiée</translation>
    </message>
    <message>
        <source>Accepted, but at another priority than the one asked for (RFC 6710).</source>
        <translation>Accepté, mais avec une autre priorité que celle demandée (RFC 6710).</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Autre état du réseau ou du routage, ou état non défini</translation>
    </message>
    <message>
        <source>A network or routing problem further on: check the route to the domain.</source>
        <translation>Un problème de réseau ou de routage plus loin : vérifiez la route vers le domaine.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Pas de réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>The next server did not answer: check that it runs and is reachable.</source>
        <translation>Le serveur suivant n&apos;a pas répondu : vérifiez qu&apos;il fonctionne et qu&apos;il est joignable.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Connexion défectueuse</translation>
    </message>
    <message>
        <source>The connection broke during delivery: try again.</source>
        <translation>La connexion a été coupée pendant la remise : réessayez.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Défaillance du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <source>A lookup the server needs failed (DNS, LDAP): a temporary fault on its side; try later.</source>
        <translation>Une résolution dont le serveur a besoin a échoué (DNS, LDAP) : un incident temporaire de son côté ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <source>The server found no way to the destination: check the domain&apos;s MX and address records.</source>
        <translation>Le serveur n&apos;a trouvé aucune route vers la destination : vérifiez les enregistrements MX et d&apos;adresse du domaine.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Congestion du système de messagerie</translation>
    </message>
    <message>
        <source>The server is overloaded or limits your rate: slow down and try later.</source>
        <translation>Le serveur est surchargé ou limite votre débit : ralentissez et réessayez plus tard.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <source>The message went round in circles between servers: fix the forwarding or MX setup.</source>
        <translation>Le message a tourné en rond entre des serveurs : corrigez la réexpédition ou la configuration MX.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>The message could not be delivered in time and was given up.</source>
        <translation>Le message n&apos;a pas pu être remis à temps et a été abandonné.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Autre état du protocole ou état non défini</translation>
    </message>
    <message>
        <source>The server did not like the exchange: read its text.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;échange : lisez son texte.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande non valide</translation>
    </message>
    <message>
        <source>The command is unknown or not allowed at this point of the session.</source>
        <translation>La commande est inconnue ou n&apos;est pas autorisée à ce stade de la session.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>The command&apos;s syntax is wrong: check its spelling and arguments.</source>
        <translation>La syntaxe de la commande est incorrecte : vérifiez son orthographe et ses arguments.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>The message has more recipients than allowed: send it in smaller batches.</source>
        <translation>Le message a plus de destinataires que permis : envoyez-le par lots plus petits.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande non valides</translation>
    </message>
    <message>
        <source>A parameter of the command is not accepted: drop or correct it (e.g. an unadvertised option).</source>
        <translation>Un paramètre de la commande n&apos;est pas accepté : supprimez-le ou corrigez-le (par ex. une option non annoncée).</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version du protocole</translation>
    </message>
    <message>
        <source>The server expects another protocol version (e.g. EHLO instead of HELO).</source>
        <translation>Le serveur attend une autre version du protocole (par ex. EHLO au lieu de HELO).</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <translation>Ligne de l&apos;échange d&apos;authentification trop longue</translation>
    </message>
    <message>
        <source>An AUTH line is longer than the server accepts: use a shorter token or another mechanism.</source>
        <translation>Une ligne AUTH est plus longue que ce qu&apos;accepte le serveur : utilisez un jeton plus court ou un autre mécanisme.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Autre erreur de média ou erreur non définie</translation>
    </message>
    <message>
        <source>Something about the message&apos;s content is refused.</source>
        <translation>Quelque chose dans le contenu du message est refusé.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Média non pris en charge</translation>
    </message>
    <message>
        <source>The content type or an attachment is refused: send other content.</source>
        <translation>Le type de contenu ou une pièce jointe est refusé : envoyez un autre contenu.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversion requise mais interdite</translation>
    </message>
    <message>
        <source>The content would have to be converted, which was forbidden.</source>
        <translation>Le contenu aurait dû être converti, ce qui était interdit.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <source>The content needs a conversion the server cannot make (e.g. 8-bit data to a 7-bit path).</source>
        <translation>Le contenu exige une conversion que le serveur ne sait pas faire (par ex. des données 8 bits vers un chemin 7 bits).</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversion avec perte effectuée</translation>
    </message>
    <message>
        <source>Delivered, but the content was converted and lost something.</source>
        <translation>Remis, mais le contenu a été converti et a perdu quelque chose.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>A conversion of the content failed.</source>
        <translation>Une conversion du contenu a échoué.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Contenu du message indisponible</translation>
    </message>
    <message>
        <source>Content referenced by the message (BURL) could not be fetched.</source>
        <translation>Le contenu référencé par le message (BURL) n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Adresses non ASCII non autorisées pour cet expéditeur/destinataire</translation>
    </message>
    <message>
        <source>An internationalised address is refused here: use an ASCII address (RFC 6531).</source>
        <translation>Une adresse internationalisée est refusée ici : utilisez une adresse ASCII (RFC 6531).</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>Réponse en UTF-8 requise, mais non autorisée par le client SMTP</translation>
    </message>
    <message>
        <source>The server needs SMTPUTF8 for its answer, which the session did not ask for.</source>
        <translation>Le serveur a besoin de SMTPUTF8 pour sa réponse, ce que la session n&apos;a pas demandé.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation>Un message à en-têtes UTF-8 ne peut pas être transmis à un ou plusieurs destinataires</translation>
    </message>
    <message>
        <source>The message has UTF-8 headers and a recipient&apos;s server does not support SMTPUTF8.</source>
        <translation>Le message a des en-têtes UTF-8 et le serveur d&apos;un destinataire ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <source>A security policy refused the message: read the server&apos;s text.</source>
        <translation>Une politique de sécurité a refusé le message : lisez le texte du serveur.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Remise non autorisée, message refusé</translation>
    </message>
    <message>
        <source>Policy refuses this: often relaying without authentication, a blocked sender or client address, or a spam verdict. Authenticate, or check the server&apos;s relay and block lists.</source>
        <translation>Une politique le refuse : souvent un relais sans authentification, un expéditeur ou une adresse client bloqués, ou un verdict de spam. Authentifiez-vous, ou vérifiez les règles de relais et les listes de blocage du serveur.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Développement de la liste de diffusion interdit</translation>
    </message>
    <message>
        <source>You may not send to this list: ask its owner.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;écrire à cette liste : demandez à son propriétaire.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Conversion de sécurité requise mais impossible</translation>
    </message>
    <message>
        <source>The message would need a security conversion the server cannot do.</source>
        <translation>Le message nécessiterait une conversion de sécurité que le serveur ne sait pas faire.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>A security feature asked for is not supported here.</source>
        <translation>Une fonction de sécurité demandée n&apos;est pas prise en charge ici.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>A cryptographic operation failed (signature or decryption).</source>
        <translation>Une opération cryptographique a échoué (signature ou déchiffrement).</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>An algorithm used by the message is not supported here.</source>
        <translation>Un algorithme utilisé par le message n&apos;est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Échec d&apos;intégrité du message</translation>
    </message>
    <message>
        <source>The message was found altered: its integrity check failed.</source>
        <translation>Le message s&apos;est révélé altéré : son contrôle d&apos;intégrité a échoué.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Identifiants d&apos;authentification non valides</translation>
    </message>
    <message>
        <source>The user name or password (or token) is wrong, or the account may not use this mechanism: check them; many servers lock an account after repeated failures.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe (ou le jeton) est erroné, ou le compte n&apos;a pas le droit d&apos;utiliser ce mécanisme : vérifiez-les ; beaucoup de serveurs verrouillent un compte après des échecs répétés.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <source>Choose a stronger AUTH mechanism from those the server offers.</source>
        <translation>Choisissez un mécanisme AUTH plus fort parmi ceux que le serveur propose.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>The server requires TLS first: use STARTTLS or implicit TLS.</source>
        <translation>Le serveur exige d&apos;abord TLS : utilisez STARTTLS ou TLS implicite.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé</translation>
    </message>
    <message>
        <source>This mechanism is only allowed over TLS: start TLS before authenticating.</source>
        <translation>Ce mécanisme n&apos;est autorisé que sur TLS : démarrez TLS avant de vous authentifier.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Une transition de mot de passe est nécessaire</translation>
    </message>
    <message>
        <source>The account must change its password (or log in once with PLAIN over TLS) first.</source>
        <translation>Le compte doit d&apos;abord changer son mot de passe (ou se connecter une fois avec PLAIN sur TLS).</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <source>The account is disabled: its administrator must enable it.</source>
        <translation>Le compte est désactivé : son administrateur doit l&apos;activer.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <source>The server accepts this only from systems it has a trust relationship with.</source>
        <translation>Le serveur n&apos;accepte cela que de systèmes avec lesquels il a une relation de confiance.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <translation>Niveau de priorité trop bas</translation>
    </message>
    <message>
        <source>The message&apos;s priority is too low to be accepted now (RFC 6710).</source>
        <translation>La priorité du message est trop basse pour qu&apos;il soit accepté maintenant (RFC 6710).</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Message trop gros pour la priorité indiquée</translation>
    </message>
    <message>
        <source>At this priority the message is too large: lower the size or raise the priority.</source>
        <translation>À cette priorité, le message est trop gros : réduisez sa taille ou augmentez la priorité.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Le propriétaire de la boîte aux lettres a changé</translation>
    </message>
    <message>
        <source>The mailbox now belongs to someone else (RFC 7293): do not send there.</source>
        <translation>La boîte aux lettres appartient désormais à quelqu&apos;un d&apos;autre (RFC 7293) : n&apos;y envoyez rien.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <source>The domain now belongs to someone else (RFC 7293).</source>
        <translation>Le domaine appartient désormais à quelqu&apos;un d&apos;autre (RFC 7293).</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>Le test RRVS ne peut pas être mené à bien</translation>
    </message>
    <message>
        <source>The server cannot check the recipient&apos;s registration date (RFC 7293).</source>
        <translation>Le serveur ne peut pas vérifier la date d&apos;enregistrement du destinataire (RFC 7293).</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <source>The message needs a valid DKIM signature: sign it, or fix the signing.</source>
        <translation>Le message doit porter une signature DKIM valide : signez-le, ou corrigez la signature.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signatures are valid but none is acceptable to this server&apos;s policy.</source>
        <translation>Les signatures DKIM du message sont valides, mais aucune n&apos;est acceptable selon la politique de ce serveur.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Aucune signature DKIM valide correspondant à l&apos;auteur trouvée</translation>
    </message>
    <message>
        <source>No valid DKIM signature matches the From: domain: sign with that domain.</source>
        <translation>Aucune signature DKIM valide ne correspond au domaine de From: : signez avec ce domaine.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>Échec de la validation SPF</translation>
    </message>
    <message>
        <source>The sending address is not allowed by the sender domain&apos;s SPF record: send from an allowed server, or fix the record.</source>
        <translation>L&apos;adresse d&apos;envoi n&apos;est pas autorisée par l&apos;enregistrement SPF du domaine de l&apos;expéditeur : envoyez depuis un serveur autorisé, ou corrigez l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Erreur de validation SPF</translation>
    </message>
    <message>
        <source>The sender domain&apos;s SPF record could not be evaluated: fix the record.</source>
        <translation>L&apos;enregistrement SPF du domaine de l&apos;expéditeur n&apos;a pas pu être évalué : corrigez l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Échec de la validation du DNS inverse</translation>
    </message>
    <message>
        <source>The client&apos;s address has no matching reverse DNS name (PTR and forward lookup): fix its DNS.</source>
        <translation>L&apos;adresse du client n&apos;a pas de nom DNS inverse correspondant (PTR et résolution directe) : corrigez son DNS.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Plusieurs contrôles d&apos;authentification ont échoué</translation>
    </message>
    <message>
        <source>Several checks (SPF, DKIM, reverse DNS) failed together.</source>
        <translation>Plusieurs contrôles (SPF, DKIM, DNS inverse) ont échoué ensemble.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>L&apos;adresse de l&apos;expéditeur a un MX nul</translation>
    </message>
    <message>
        <source>The sender&apos;s domain declares it accepts no mail (RFC 7505), so replies could not reach it.</source>
        <translation>Le domaine de l&apos;expéditeur déclare n&apos;accepter aucun courrier (RFC 7505), les réponses ne pourraient donc pas l&apos;atteindre.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Afflux de courrier détecté</translation>
    </message>
    <message>
        <source>The message looks like part of a flood of similar messages.</source>
        <translation>Le message semble faire partie d&apos;un afflux de messages similaires.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The message&apos;s ARC chain failed validation (RFC 8617).</source>
        <translation>La chaîne ARC du message n&apos;a pas passé la validation (RFC 8617).</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Prise en charge de REQUIRETLS requise</translation>
    </message>
    <message>
        <source>The message asks for REQUIRETLS and a server on the way does not support it (RFC 8689).</source>
        <translation>Le message demande REQUIRETLS et un serveur sur le chemin ne le prend pas en charge (RFC 8689).</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Autre état ou état non défini</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>État d&apos;adressage</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Vérifiez les adresses de l&apos;expéditeur et des destinataires.</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>État de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Something about the recipient&apos;s mailbox; it is up to the recipient.</source>
        <translation>Quelque chose concerne la boîte aux lettres du destinataire ; c&apos;est à lui d&apos;agir.</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>État du système de messagerie</translation>
    </message>
    <message>
        <source>A problem of the receiving system; its administrator must look.</source>
        <translation>Un problème du système destinataire ; son administrateur doit s&apos;en occuper.</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>État du réseau et du routage</translation>
    </message>
    <message>
        <source>A network or routing problem on the way to the destination.</source>
        <translation>Un problème de réseau ou de routage sur le chemin vers la destination.</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>État du protocole de remise</translation>
    </message>
    <message>
        <source>The server did not accept the protocol exchange.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;échange protocolaire.</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>État du contenu ou du média du message</translation>
    </message>
    <message>
        <source>Something about the message&apos;s content.</source>
        <translation>Quelque chose concerne le contenu du message.</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>État de sécurité ou de politique</translation>
    </message>
    <message>
        <source>A security or policy rule of the server refused it.</source>
        <translation>Une règle de sécurité ou de politique du serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <source>Service not available, closing the connection: the server is shutting down, overloaded or refusing you for now.</source>
        <translation>Service indisponible, fermeture de la connexion : le serveur s&apos;arrête, est surchargé ou vous refuse pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy, or greylisting: many servers accept the same message a few minutes later).</source>
        <translation>Boîte aux lettres indisponible pour l&apos;instant (occupée, ou greylisting : beaucoup de serveurs acceptent le même message quelques minutes plus tard).</translation>
    </message>
    <message>
        <source>Aborted by a local error in processing on the server.</source>
        <translation>Abandonné à cause d&apos;une erreur locale de traitement sur le serveur.</translation>
    </message>
    <message>
        <source>Insufficient system storage, or too many recipients for now.</source>
        <translation>Stockage système insuffisant, ou trop de destinataires pour l&apos;instant.</translation>
    </message>
    <message>
        <source>TLS (or authentication) is not available for now.</source>
        <translation>TLS (ou l&apos;authentification) est indisponible pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The server cannot accommodate the parameters for now.</source>
        <translation>Le serveur ne peut pas prendre en compte les paramètres pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Syntax error: the command was not recognised.</source>
        <translation>Erreur de syntaxe : la commande n&apos;a pas été reconnue.</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation>Erreur de syntaxe dans les paramètres ou arguments de la commande.</translation>
    </message>
    <message>
        <source>The command is not implemented by this server.</source>
        <translation>La commande n&apos;est pas implémentée par ce serveur.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: something else has to come first (EHLO, STARTTLS, AUTH, MAIL).</source>
        <translation>Mauvaise séquence de commandes : autre chose doit venir d&apos;abord (EHLO, STARTTLS, AUTH, MAIL).</translation>
    </message>
    <message>
        <source>A parameter of the command is not implemented.</source>
        <translation>Un paramètre de la commande n&apos;est pas implémenté.</translation>
    </message>
    <message>
        <source>This host does not accept mail at all (RFC 7504).</source>
        <translation>Cet hôte n&apos;accepte aucun courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>Authentication required (or TLS first): authenticate, over STARTTLS or implicit TLS.</source>
        <translation>Authentification requise (ou TLS d&apos;abord) : authentifiez-vous, via STARTTLS ou TLS implicite.</translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server.</source>
        <translation>Le mécanisme d&apos;authentification est trop faible pour ce serveur.</translation>
    </message>
    <message>
        <source>The authentication credentials are invalid: check user and password.</source>
        <translation>Les identifiants ne sont pas valides : vérifiez l&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>This authentication mechanism needs TLS first.</source>
        <translation>Ce mécanisme d&apos;authentification exige d&apos;abord TLS.</translation>
    </message>
    <message>
        <source>Not taken: mailbox unavailable (unknown user) or refused by policy (relaying, blocking).</source>
        <translation>Non accepté : boîte aux lettres indisponible (utilisateur inconnu) ou refus par politique (relais, blocage).</translation>
    </message>
    <message>
        <source>The user is not local to this server.</source>
        <translation>L&apos;utilisateur n&apos;est pas local à ce serveur.</translation>
    </message>
    <message>
        <source>Exceeded storage allocation: the message is too big, or a quota is full.</source>
        <translation>Allocation de stockage dépassée : le message est trop gros, ou un quota est plein.</translation>
    </message>
    <message>
        <source>The mailbox name is not allowed (address syntax or policy).</source>
        <translation>Le nom de boîte aux lettres n&apos;est pas autorisé (syntaxe d&apos;adresse ou politique).</translation>
    </message>
    <message>
        <source>Transaction failed (after DATA: the content was refused), or no SMTP service here.</source>
        <translation>Transaction échouée (après DATA : le contenu a été refusé), ou pas de service SMTP ici.</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognised or not implemented.</source>
        <translation>Paramètres de MAIL FROM ou RCPT TO non reconnus ou non implémentés.</translation>
    </message>
    <message>
        <source>The domain does not accept mail (RFC 7504).</source>
        <translation>Le domaine n&apos;accepte pas de courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>Temporary: the same may succeed later.</source>
        <translation>Temporaire : la même chose peut réussir plus tard.</translation>
    </message>
    <message>
        <source>Permanent: sending the same again fails the same way.</source>
        <translation>Permanent : renvoyer la même chose échouera de la même façon.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2 (detail %3 is not registered): %4</source>
        <translation>%1 %2 (le détail %3 n&apos;est pas enregistré) : %4</translation>
    </message>
    <message>
        <source>%1: not a registered enhanced status code.</source>
        <translation>%1 : pas un code d&apos;état étendu enregistré.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: a failure the server did not explain further.</source>
        <translation>%1 : un échec que le serveur n&apos;a pas expliqué davantage.</translation>
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
        <translation>Ligne de réponse mal formée (CR isolé) : %1</translation>
    </message>
    <message>
        <source>Malformed reply line (bare LF): %1</source>
        <translation>Ligne de réponse mal formée (LF isolé) : %1</translation>
    </message>
    <message>
        <source>Malformed reply line (NUL byte): %1</source>
        <translation>Ligne de réponse mal formée (octet NUL) : %1</translation>
    </message>
    <message>
        <source>Malformed reply code: %1</source>
        <translation>Code de réponse mal formé : %1</translation>
    </message>
    <message>
        <source>Reply code changed from %1 to %2 within a multi-line reply: %3</source>
        <translation>Le code de réponse passe de %1 à %2 dans une réponse multiligne : %3</translation>
    </message>
    <message>
        <source>Reply line too long (more than %1 bytes): %2</source>
        <translation>Ligne de réponse trop longue (plus de %1 octets) : %2</translation>
    </message>
    <message>
        <source>Reply too long (more than %1 bytes): %2</source>
        <translation>Réponse trop longue (plus de %1 octets) : %2</translation>
    </message>
    <message>
        <source>Reply has too many lines (more than %1): %2</source>
        <translation>La réponse a trop de lignes (plus de %1) : %2</translation>
    </message>
</context>
<context>
    <name>ReplyRules</name>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Le serveur ferme la connexion : %1</translation>
    </message>
    <message>
        <source>The server refuses to serve this client: %1</source>
        <translation>Le serveur refuse de servir ce client : %1</translation>
    </message>
    <message>
        <source>The server greeted with an error: %1</source>
        <translation>Le serveur a salué avec une erreur : %1</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not 220 (RFC 5321 §4.3.2): %1</source>
        <translation>Le message d&apos;accueil du serveur n&apos;est pas 220 (RFC 5321 §4.3.2) : %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1). STARTTLS and AUTH need ESMTP, so the session cannot go on.</source>
        <translation>Le serveur a refusé EHLO (%1). STARTTLS et AUTH demandent ESMTP, la session ne peut donc pas continuer.</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1); trying HELO without ESMTP extensions.</source>
        <translation>Le serveur a refusé EHLO (%1) ; essai de HELO sans extensions ESMTP.</translation>
    </message>
    <message>
        <source>Unexpected reply to EHLO: %1. The server may have executed commands injected before TLS; the session is stopped.</source>
        <translation>Réponse inattendue à EHLO : %1. Le serveur a peut-être exécuté des commandes injectées avant TLS ; la session est arrêtée.</translation>
    </message>
    <message>
        <source>The server refused HELO: %1</source>
        <translation>Le serveur a refusé HELO : %1</translation>
    </message>
    <message>
        <source>Unexpected reply to HELO: %1</source>
        <translation>Réponse inattendue à HELO : %1</translation>
    </message>
    <message>
        <source>The server cannot start TLS right now (temporary failure: %1). The session does not continue without TLS.</source>
        <translation>Le serveur ne peut pas démarrer TLS pour le moment (échec temporaire : %1). La session ne continue pas sans TLS.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1. The session does not continue without TLS.</source>
        <translation>Le serveur a refusé STARTTLS : %1. La session ne continue pas sans TLS.</translation>
    </message>
    <message>
        <source>Unexpected reply to STARTTLS: %1</source>
        <translation>Réponse inattendue à STARTTLS : %1</translation>
    </message>
    <message>
        <source>The server rejected %1: %2</source>
        <translation>Le serveur a rejeté %1 : %2</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Réponse inattendue à %1 : %2</translation>
    </message>
    <message>
        <source>The server rejected DATA: %1</source>
        <translation>Le serveur a rejeté DATA : %1</translation>
    </message>
    <message>
        <source>Unexpected reply to DATA: %1</source>
        <translation>Réponse inattendue à DATA : %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1 (RFC 5321 §4.2: one command, one reply).</source>
        <translation>Le serveur a envoyé une réponse que personne n&apos;a demandée : %1 (RFC 5321 §4.2 : une commande, une réponse).</translation>
    </message>
</context>
<context>
    <name>RouteNote</name>
    <message>
        <source>%1 has a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 a un MX nul (RFC 7505) : le domaine n’accepte aucun courrier.</translation>
    </message>
    <message>
        <source>%1 has no MX record: its own address is the exchanger (RFC 5321 §5.1).</source>
        <translation>%1 n’a pas d’enregistrement MX : sa propre adresse sert de serveur (RFC 5321 §5.1).</translation>
    </message>
</context>
<context>
    <name>RunComparisonDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <source>Runs, newest first</source>
        <translation>Exécutions, la plus récente d’abord</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A run in the profile&apos;s history has no valid &quot;when&quot;.</source>
        <translation>Une exécution de l&apos;historique du profil n&apos;a pas de « when » valide.</translation>
    </message>
    <message>
        <source>Outcome: %1 → %2</source>
        <translation>Résultat : %1 → %2</translation>
    </message>
    <message>
        <source>TLS version: %1 → %2</source>
        <translation>Version TLS : %1 → %2</translation>
    </message>
    <message>
        <source>Cipher: %1 → %2</source>
        <translation>Chiffrement : %1 → %2</translation>
    </message>
    <message>
        <source>Certificate: %1 → %2 (valid until %3)</source>
        <translation>Certificat : %1 → %2 (valide jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>Capability added: %1</source>
        <translation>Capacité ajoutée : %1</translation>
    </message>
    <message>
        <source>Capability removed: %1</source>
        <translation>Capacité retirée : %1</translation>
    </message>
</context>
<context>
    <name>SaslMechanism</name>
    <message>
        <source>The %1 contains a line break, which cannot be sent in an AUTH exchange.</source>
        <translation>Le champ « %1 » contient un saut de ligne, qui ne peut pas être envoyé dans un échange AUTH.</translation>
    </message>
    <message>
        <source>The %1 contains a NUL character, which cannot be sent in an AUTH exchange.</source>
        <translation>Le champ « %1 » contient un caractère NUL, qui ne peut pas être envoyé dans un échange AUTH.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d&apos;accès</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The authentication mechanism &quot;%1&quot; is not supported; supported are: %2.</source>
        <translation>Le mécanisme d&apos;authentification « %1 » n&apos;est pas pris en charge ; sont pris en charge : %2.</translation>
    </message>
</context>
<context>
    <name>SaslPrep</name>
    <message>
        <source>It contains the character U+%1, which SASLprep (RFC 4013) prohibits.</source>
        <translation>La valeur contient le caractère U+%1, que SASLprep (RFC 4013) interdit.</translation>
    </message>
    <message>
        <source>It contains the unassigned code point U+%1 (RFC 4013 §2.5).</source>
        <translation>La valeur contient le point de code non attribué U+%1 (RFC 4013 §2.5).</translation>
    </message>
    <message>
        <source>It mixes right-to-left and left-to-right text, which SASLprep (RFC 4013) forbids.</source>
        <translation>La valeur mélange du texte de droite à gauche et de gauche à droite, ce que SASLprep (RFC 4013) interdit.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>The line %1.</source>
        <translation>La ligne %1.</translation>
    </message>
    <message>
        <source>The scenario has no step and no expect.</source>
        <translation>Le scénario n&apos;a ni étape ni expect.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;. The steps are ehlo, starttls, auth, send, message, quit and expect; a comment starts with #.</source>
        <translation>Étape inconnue « %1 ». Les étapes sont ehlo, starttls, auth, send, message, quit et expect ; un commentaire commence par #.</translation>
    </message>
    <message>
        <source>Nothing can follow quit but its expect: the server closes the connection.</source>
        <translation>Rien ne peut suivre quit sauf son expect : le serveur ferme la connexion.</translation>
    </message>
    <message>
        <source>%1 takes nothing after it: what it uses comes from the connection settings (a comment must be on a line of its own).</source>
        <translation>Rien ne peut suivre %1 : ce que l&apos;étape utilise vient des réglages de connexion (un commentaire doit être sur une ligne à part).</translation>
    </message>
    <message>
        <source>the banner</source>
        <translation>la bannière</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message>
        <source>A second expect for %1: one reply has one expectation (join codes with &quot;|&quot;); is a step missing between them?</source>
        <translation>Un second expect pour %1 : une réponse a une seule attente (séparez les codes par « | ») ; manque-t-il une étape entre les deux ?</translation>
    </message>
    <message>
        <source>Too many problems; the rest of the file was not read. Is it a scenario?</source>
        <translation>Trop de problèmes ; le reste du fichier n&apos;a pas été lu. Est-ce bien un scénario ?</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>larger than %1 KiB; a scenario is a short script.</source>
        <translation>plus de %1 Kio ; un scénario est un script court.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>Save as Scenario</source>
        <translation>Enregistrer comme scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario)</source>
        <translation>Scénarios (*.scenario)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scenario Not Saved</source>
        <translation>Scénario non enregistré</translation>
    </message>
</context>
<context>
    <name>ScenarioRecorder</name>
    <message>
        <source>Recorded by SMTP Workbench. Replay it with --scenario and the same connection settings: auth uses their credentials, message their --from, --to and --data.</source>
        <translation>Enregistré par SMTP Workbench. Rejouez-le avec --scenario et les mêmes réglages de connexion : auth utilise leurs identifiants, message leurs --from, --to et --data.</translation>
    </message>
    <message>
        <source>The server sent %1 unasked; a scenario cannot expect that.</source>
        <translation>Le serveur a envoyé %1 sans qu&apos;on le lui demande ; un scénario ne peut pas s&apos;y attendre.</translation>
    </message>
    <message>
        <source>The server&apos;s next reply was malformed; the recording stops here.</source>
        <translation>La réponse suivante du serveur était mal formée ; l&apos;enregistrement s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>The session ended before the server&apos;s greeting: there is nothing to replay.</source>
        <translation>La session s&apos;est terminée avant le message d&apos;accueil du serveur : il n&apos;y a rien à rejouer.</translation>
    </message>
    <message>
        <source>A line that held a secret was left out.</source>
        <translation>Une ligne qui contenait un secret a été omise.</translation>
    </message>
    <message>
        <source>It is not valid UTF-8.</source>
        <translation>La ligne n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>Left out &quot;%1&quot;: %2</source>
        <translation>« %1 » omis : %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunDialog</name>
    <message>
        <source>Run Scenario</source>
        <translation>Exécuter un scénario</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>ScenarioStep</name>
    <message>
        <source>send needs the command to send, as in &quot;send NOOP&quot;.</source>
        <translation>send demande la commande à envoyer, comme dans « send NOOP ».</translation>
    </message>
    <message>
        <source>A command sent by send cannot start with white space.</source>
        <translation>Une commande envoyée par send ne peut pas commencer par une espace.</translation>
    </message>
    <message>
        <source>The command %1.</source>
        <translation>La commande %1.</translation>
    </message>
    <message>
        <source>Use the step starttls instead of sending STARTTLS: the TLS handshake must follow the 220.</source>
        <translation>Utilisez l&apos;étape starttls au lieu d&apos;envoyer STARTTLS : la négociation TLS doit suivre le 220.</translation>
    </message>
    <message>
        <source>Use the step auth instead of sending AUTH: credentials come from the settings and never live in a scenario file.</source>
        <translation>Utilisez l&apos;étape auth au lieu d&apos;envoyer AUTH : les identifiants viennent des réglages et ne figurent jamais dans un fichier de scénario.</translation>
    </message>
    <message>
        <source>Use the step message instead of sending %1: the message text must follow it.</source>
        <translation>Utilisez l&apos;étape message au lieu d&apos;envoyer %1 : le texte du message doit le suivre.</translation>
    </message>
    <message>
        <source>Use the step quit instead of sending QUIT.</source>
        <translation>Utilisez l&apos;étape quit au lieu d&apos;envoyer QUIT.</translation>
    </message>
</context>
<context>
    <name>ScramMechanism</name>
    <message>
        <source>The user name cannot be used with SCRAM: %1</source>
        <translation>Le nom d&apos;utilisateur ne peut pas être utilisé avec SCRAM : %1</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: %1</source>
        <translation>Le mot de passe ne peut pas être utilisé avec SCRAM : %1</translation>
    </message>
    <message>
        <source>The SCRAM client nonce must be printable ASCII without &apos;,&apos;.</source>
        <translation>Le nonce client SCRAM doit être en ASCII imprimable, sans « , ».</translation>
    </message>
    <message>
        <source>The server sent a %1 challenge before the client&apos;s first message.</source>
        <translation>Le serveur a envoyé un défi %1 avant le premier message du client.</translation>
    </message>
    <message>
        <source>The server sent an unexpected %1 challenge after the exchange ended.</source>
        <translation>Le serveur a envoyé un défi %1 inattendu après la fin de l&apos;échange.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not know (m=).</source>
        <translation>Le serveur exige une extension SCRAM que ce client ne connaît pas (m=).</translation>
    </message>
    <message>
        <source>The server&apos;s first %1 message is malformed.</source>
        <translation>Le premier message %1 du serveur est mal formé.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 nonce does not start with the client&apos;s nonce.</source>
        <translation>Le nonce %1 du serveur ne commence pas par le nonce du client.</translation>
    </message>
    <message>
        <source>The server did not add its own part to the %1 nonce.</source>
        <translation>Le serveur n&apos;a pas ajouté sa propre partie au nonce %1.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 salt is not valid base64.</source>
        <translation>Le sel %1 du serveur n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 iteration count &quot;%2&quot; is not a positive number.</source>
        <translation>Le nombre d&apos;itérations %1 du serveur « %2 » n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The server asked for %1 %2 iterations; more than %3 are refused.</source>
        <translation>Le serveur demande %1 itérations %2 ; plus de %3 sont refusées.</translation>
    </message>
    <message>
        <source>The server uses only %1 %2 iterations; at least %3 are recommended (RFC 7677 §4).</source>
        <translation>Le serveur n&apos;utilise que %1 itérations %2 ; au moins %3 sont recommandées (RFC 7677 §4).</translation>
    </message>
    <message>
        <source>The server reported a %1 error: %2</source>
        <translation>Le serveur a signalé une erreur %1 : %2</translation>
    </message>
    <message>
        <source>The server&apos;s final %1 message is malformed.</source>
        <translation>Le dernier message %1 du serveur est mal formé.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 signature is not valid base64.</source>
        <translation>La signature %1 du serveur n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 signature is wrong: it does not know the password, or the exchange was tampered with.</source>
        <translation>La signature %1 du serveur est fausse : il ne connaît pas le mot de passe, ou l&apos;échange a été falsifié.</translation>
    </message>
    <message>
        <source>The server reported success before the %1 exchange was finished.</source>
        <translation>Le serveur a signalé un succès avant la fin de l&apos;échange %1.</translation>
    </message>
    <message>
        <source>The server reported success without proving that it knows the password (no %1 server signature).</source>
        <translation>Le serveur a signalé un succès sans prouver qu&apos;il connaît le mot de passe (pas de signature serveur %1).</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Unless you ask to remember it, it is kept in memory for this session (and its reconnections) only.</source>
        <translation>Sauf si vous demandez à le mémoriser, il reste en mémoire pour cette session (et ses reconnexions) seulement.</translation>
    </message>
</context>
<context>
    <name>SessionLogExporter</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed: %1 at stage %2</source>
        <translation>Échec : %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Chain certificate %1</source>
        <translation>Certificat de chaîne %1</translation>
    </message>
    <message>
        <source>TLS established</source>
        <translation>TLS établi</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Verified for</source>
        <translation>Vérifié pour</translation>
    </message>
    <message>
        <source>Chain verified</source>
        <translation>Chaîne vérifiée</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>skipped (trusted site)</source>
        <translation>ignorée (site de confiance)</translation>
    </message>
    <message>
        <source>Client certificate sent</source>
        <translation>Certificat client envoyé</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>required by the server</source>
        <translation>exigé par le serveur</translation>
    </message>
    <message>
        <source>Verification error</source>
        <translation>Erreur de vérification</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (encore %2 jours)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
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
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>Trusted site</source>
        <translation>Site de confiance</translation>
    </message>
    <message>
        <source>yes: the certificate is not validated</source>
        <translation>oui : le certificat n&apos;est pas validé</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Client key passphrase</source>
        <translation>Phrase secrète de la clé client</translation>
    </message>
    <message>
        <source>(set, not shown)</source>
        <translation>(définie, non affichée)</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Plaintext AUTH</source>
        <translation>AUTH en clair</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>built-in test message</source>
        <translation>message de test intégré</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Quit after</source>
        <translation>Quitter après</translation>
    </message>
    <message>
        <source>SMTP Workbench session log: %1</source>
        <translation>Journal de session SMTP Workbench : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencé : %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>Software: SMTP Workbench %1, Qt %2, %3</source>
        <translation>Logiciel : SMTP Workbench %1, Qt %2, %3</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>aucune bibliothèque TLS</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>  [redacted]</source>
        <translation>  [masqué]</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>  Server reply: %1</source>
        <translation>  Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>  RCPT %1: %2</source>
        <translation>  RCPT %1 : %2</translation>
    </message>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Capacités avant TLS</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Capacités après TLS</translation>
    </message>
    <message>
        <source>TLS and certificates</source>
        <translation>TLS et certificats</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>  The session had not finished.</source>
        <translation>  La session n&apos;était pas terminée.</translation>
    </message>
    <message>
        <source>Session log: %1</source>
        <translation>Journal de session : %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>SMTP Workbench %1, Qt %2, %3</source>
        <translation>SMTP Workbench %1, Qt %2, %3</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Received before TLS: not authenticated</source>
        <translation>Reçu avant TLS : non authentifié</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a name ending in .txt, .log, .html, .htm or .json.</source>
        <translation>Impossible de déterminer le format de %1 : utilisez un nom se terminant par .txt, .log, .html, .htm ou .json.</translation>
    </message>
    <message>
        <source>(Server lines marked [plaintext] were received before TLS: not authenticated.)</source>
        <translation>(Les lignes du serveur marquées [plaintext] sont arrivées avant TLS : non authentifiées.)</translation>
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
        <translation>Encore en cours lors de l&apos;export</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Échange de clés</translation>
    </message>
    <message>
        <source>Server signature</source>
        <translation>Signature du serveur</translation>
    </message>
    <message>
        <source>Client certificate request</source>
        <translation>Demande de certificat client</translation>
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
        <translation>aucun envoyé</translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation>Versions TLS</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffrements</translation>
    </message>
    <message>
        <source>stapled response asked for</source>
        <translation>réponse agrafée demandée</translation>
    </message>
    <message>
        <source>TLS key log</source>
        <translation>Journal de clés TLS</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Famille d’adresses</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>XCLIENT</source>
        <translation>XCLIENT</translation>
    </message>
    <message>
        <source>PROXY header</source>
        <translation>En-tête PROXY</translation>
    </message>
    <message>
        <source>%1 claiming %2</source>
        <translation>%1, annonçant %2</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of its own</source>
        <translation>
            <numerusform>%n ligne propre</numerusform>
            <numerusform>%n lignes propres</numerusform>
        </translation>
    </message>
    <message>
        <source>Header field</source>
        <translation>Champ d’en-tête</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>DSN notify</source>
        <translation>Notification DSN</translation>
    </message>
    <message>
        <source>DSN return</source>
        <translation>Retour DSN</translation>
    </message>
    <message>
        <source>Envelope ID</source>
        <translation>ID d’enveloppe</translation>
    </message>
    <message>
        <source>PIPELINING</source>
        <translation>PIPELINING</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
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
        <translation>Commande brute</translation>
    </message>
    <message>
        <source>Type a raw SMTP command and press Enter (Up/Down: history)</source>
        <translation>Tapez une commande SMTP brute et appuyez sur Entrée (Haut/Bas : historique)</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Envoyer la commande</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send EHLO again</source>
        <translation>Renvoyer EHLO</translation>
    </message>
    <message>
        <source>&amp;EHLO</source>
        <translation>&amp;EHLO</translation>
    </message>
    <message>
        <source>Upgrade to TLS, then send EHLO again</source>
        <translation>Passer en TLS, puis renvoyer EHLO</translation>
    </message>
    <message>
        <source>S&amp;TARTTLS</source>
        <translation>S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>&amp;Authenticate</source>
        <translation>&amp;Authentifier</translation>
    </message>
    <message>
        <source>Send NOOP</source>
        <translation>Envoyer NOOP</translation>
    </message>
    <message>
        <source>&amp;NOOP</source>
        <translation>&amp;NOOP</translation>
    </message>
    <message>
        <source>Reset the mail transaction</source>
        <translation>Réinitialiser la transaction de courrier</translation>
    </message>
    <message>
        <source>&amp;RSET</source>
        <translation>&amp;RSET</translation>
    </message>
    <message>
        <source>Verify an address: type it after VRFY and press Enter</source>
        <translation>Vérifier une adresse : tapez-la après VRFY et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;VRFY…</source>
        <translation>&amp;VRFY…</translation>
    </message>
    <message>
        <source>Say QUIT and close the connection</source>
        <translation>Envoyer QUIT et fermer la connexion</translation>
    </message>
    <message>
        <source>&amp;QUIT</source>
        <translation>&amp;QUIT</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>État de la session</translation>
    </message>
    <message>
        <source>Message sent so far</source>
        <translation>Message envoyé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>TLS protocol</source>
        <translation>Protocole TLS</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Certificate verification</source>
        <translation>Vérification du certificat</translation>
    </message>
    <message>
        <source>Show certificate details</source>
        <translation>Afficher les détails du certificat</translation>
    </message>
    <message>
        <source>Certificate &amp;Details…</source>
        <translation>&amp;Détails du certificat…</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Capabilities before and after STARTTLS</source>
        <translation>Capacités avant et après STARTTLS</translation>
    </message>
    <message>
        <source>Green: new after STARTTLS · red: gone · amber: changed</source>
        <translation>Vert : nouveau après STARTTLS · rouge : disparu · ambre : modifié</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
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
        <translation>pas de TLS</translation>
    </message>
    <message numerus="yes">
        <source>%1, certificate %n day(s) left</source>
        <translation>
            <numerusform>%1, certificat encore %n jour</numerusform>
            <numerusform>%1, certificat encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>ÉCHEC %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 failed</source>
        <translation>
            <numerusform>%n vérification, %1 en échec</numerusform>
            <numerusform>%n vérifications, %1 en échec</numerusform>
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
        <translation>Impossible de lire les profils : %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; in %2; --list-profiles shows them.</source>
        <translation>Il n&apos;y a pas de profil nommé « %1 » dans %2 ; --list-profiles les affiche.</translation>
    </message>
    <message>
        <source>No saved profiles in %1.</source>
        <translation>Aucun profil enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The imported profiles were not saved: %1</source>
        <translation>Les profils importés n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importé depuis %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n profil exporté vers %1 (sans les secrets).</numerusform>
            <numerusform>%n profils exportés vers %1 (sans les secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Updated profile &quot;%1&quot; in %2.</source>
        <translation>Profil « %1 » mis à jour dans %2.</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; in %2.</source>
        <translation>Profil « %1 » enregistré dans %2.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>phrase secrète de la clé</translation>
    </message>
    <message>
        <source>The %1 was not stored in the keychain: %2</source>
        <translation>« %1 » n&apos;a pas été enregistré dans le trousseau : %2</translation>
    </message>
    <message>
        <source>No password for profile &quot;%1&quot; from the keychain: %2 Give --password-file.</source>
        <translation>Aucun mot de passe pour le profil « %1 » dans le trousseau : %2 Donnez --password-file.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Saved passwords of &quot;%1&quot; are not used for the new destination (%2) until you confirm it: save again with --password-file (and --proxy with the proxy password).</source>
        <translation>Les mots de passe enregistrés de « %1 » ne sont pas utilisés pour la nouvelle destination (%2) tant que vous ne l’avez pas confirmée : enregistrez de nouveau avec --password-file (et --proxy avec le mot de passe du proxy).</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>mot de passe du proxy</translation>
    </message>
    <message>
        <source>The saved password of profile &quot;%1&quot; was confirmed for another destination and was not used (%2). To confirm the new destination, save it again: --save-profile &quot;%1&quot; --password-file FILE (--proxy with the proxy password), or confirm it in the window&apos;s profile editor; for this run only, give --password-file.</source>
        <translation>Le mot de passe enregistré du profil « %1 » a été confirmé pour une autre destination et n’a pas été utilisé (%2). Pour confirmer la nouvelle destination, enregistrez-le de nouveau : --save-profile « %1 » --password-file FICHIER (--proxy avec le mot de passe du proxy), ou confirmez-la dans l’éditeur de profil de la fenêtre ; pour cette exécution seulement, donnez --password-file.</translation>
    </message>
    <message>
        <source>No proxy password for profile &quot;%1&quot; from the keychain; give it in --proxy.</source>
        <translation>Aucun mot de passe de proxy pour le profil « %1 » dans le trousseau ; donnez-le dans --proxy.</translation>
    </message>
    <message>
        <source>No saved profile is in the folder &quot;%1&quot;; --list-profiles shows them.</source>
        <translation>Aucun profil enregistré dans le dossier « %1 » ; --list-profiles les affiche.</translation>
    </message>
    <message>
        <source>Interrupted; the findings above are those made before.</source>
        <translation>Interrompu ; les constats ci-dessus sont ceux faits auparavant.</translation>
    </message>
    <message>
        <source>No probe reached the server: %1</source>
        <translation>Aucune sonde n&apos;a atteint le serveur : %1</translation>
    </message>
    <message>
        <source>The certificate was not remembered: it was not verified.</source>
        <translation>Le certificat n&apos;a pas été mémorisé : il n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>The certificate could not be remembered in the profile: %1</source>
        <translation>Le certificat n&apos;a pas pu être mémorisé dans le profil : %1</translation>
    </message>
    <message>
        <source>Remembered the certificate (key pin %1) in profile &quot;%2&quot;.</source>
        <translation>Certificat (épingle de clé %1) mémorisé dans le profil « %2 ».</translation>
    </message>
    <message>
        <source>There is no profile named exactly &quot;%1&quot; (did you mean &quot;%2&quot;?); nothing was deleted.</source>
        <translation>Aucun profil ne s’appelle exactement « %1 » (vouliez-vous dire « %2 » ?) ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The profile was not deleted: %1</source>
        <translation>Le profil n’a pas été supprimé : %1</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; from %2.</source>
        <translation>Profil « %1 » supprimé de %2.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>No keychain is reachable, so secrets saved for &quot;%1&quot; could not be removed: %2</source>
        <translation>Aucun trousseau n’est joignable : les secrets enregistrés pour « %1 » n’ont pas pu être retirés : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was deleted, but its secrets could not be removed from the keychain: %2</source>
        <translation>Le profil « %1 » a été supprimé, mais ses secrets n’ont pas pu être retirés du trousseau : %2</translation>
    </message>
    <message>
        <source>--get-peer-chain: the server sent no certificate, so %1 was not written.</source>
        <translation>--get-peer-chain : le serveur n’a envoyé aucun certificat, %1 n’a donc pas été écrit.</translation>
    </message>
</context>
<context>
    <name>Smtp::DnsResolver</name>
    <message>
        <source>The DNS library could not be started.</source>
        <translation>La bibliothèque DNS n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The DNS server %1 cannot be used: %2</source>
        <translation>Le serveur DNS %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>The DNS server %1 is not an IP address (ADDRESS or ADDRESS@PORT).</source>
        <translation>Le serveur DNS %1 n&apos;est pas une adresse IP (ADRESSE ou ADRESSE@PORT).</translation>
    </message>
    <message>
        <source>The DNS server %1 has no valid port (1 to 65535) after the @.</source>
        <translation>Le serveur DNS %1 n&apos;a pas de port valide (1 à 65535) après le @.</translation>
    </message>
    <message>
        <source>The DNS query for %1 could not be sent: %2</source>
        <translation>La requête DNS pour %1 n&apos;a pas pu être envoyée : %2</translation>
    </message>
    <message>
        <source>The DNS query failed: %1</source>
        <translation>La requête DNS a échoué : %1</translation>
    </message>
    <message>
        <source>The DNS library (%1) could not be loaded: %2</source>
        <translation>La bibliothèque DNS (%1) n’a pas pu être chargée : %2</translation>
    </message>
    <message>
        <source>The DNS library (%1) has no function %2.</source>
        <translation>La bibliothèque DNS (%1) n’a pas de fonction %2.</translation>
    </message>
</context>
<context>
    <name>Smtp::ImportPlan</name>
    <message>
        <source>%1 new, %2 changed, %3 identical</source>
        <translation>%1 nouveaux, %2 modifiés, %3 identiques</translation>
    </message>
    <message>
        <source>The certificate would not be validated (trusted site).</source>
        <translation>Le certificat ne serait pas validé (site de confiance).</translation>
    </message>
    <message>
        <source>Credentials could be sent without validated TLS (plaintext AUTH allowed).</source>
        <translation>Les identifiants pourraient être envoyés sans TLS validé (AUTH en clair autorisé).</translation>
    </message>
    <message>
        <source>The connection would not use TLS.</source>
        <translation>La connexion n&apos;utiliserait pas TLS.</translation>
    </message>
    <message>
        <source>Security change: the destination changes (%1). Saved passwords are not sent there until you confirm the new destination.</source>
        <translation>Changement de sécurité : la destination change (%1). Les mots de passe enregistrés n’y sont pas envoyés tant que vous n’avez pas confirmé la nouvelle destination.</translation>
    </message>
    <message>
        <source>%1 (security change)</source>
        <translation>%1 (changement de sécurité)</translation>
    </message>
    <message>
        <source>fields this version does not know changed</source>
        <translation>des champs que cette version ne connaît pas ont changé</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>Smtp::MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>Leave the sender empty for the null reverse-path &lt;&gt;.</source>
        <translation>Laissez l&apos;expéditeur vide pour le chemin de retour nul &lt;&gt;.</translation>
    </message>
    <message>
        <source>The address contains a line break, which could inject SMTP commands.</source>
        <translation>L&apos;adresse contient un saut de ligne, qui pourrait injecter des commandes SMTP.</translation>
    </message>
    <message>
        <source>The address contains a NUL character.</source>
        <translation>L&apos;adresse contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The address contains the control character U+%1.</source>
        <translation>L&apos;adresse contient le caractère de contrôle U+%1.</translation>
    </message>
    <message>
        <source>The address contains &apos;&lt;&apos; or &apos;&gt;&apos;: give the bare address, without angle brackets.</source>
        <translation>L&apos;adresse contient « &lt; » ou « &gt; » : donnez l&apos;adresse seule, sans chevrons.</translation>
    </message>
    <message>
        <source>The address contains a space outside a quoted local part.</source>
        <translation>L&apos;adresse contient une espace en dehors d&apos;une partie locale entre guillemets.</translation>
    </message>
    <message>
        <source>The address has an unterminated quoted local part.</source>
        <translation>L&apos;adresse a une partie locale entre guillemets non terminée.</translation>
    </message>
</context>
<context>
    <name>Smtp::MemorySecretStore</name>
    <message>
        <source>Simulated failure.</source>
        <translation>Échec simulé.</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
</context>
<context>
    <name>Smtp::MxLookup</name>
    <message>
        <source>The DNS lookup for %1 timed out after %2 s.</source>
        <translation>La résolution DNS de %1 a expiré après %2 s.</translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation>%1 n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>The MX answer for %1 failed DNSSEC validation.</source>
        <translation>La réponse MX pour %1 a échoué à la validation DNSSEC.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Le domaine %1 n&apos;existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The DNS server answered %1 for the MX records of %2.</source>
        <translation>Le serveur DNS a répondu %1 pour les enregistrements MX de %2.</translation>
    </message>
    <message>
        <source>The DNS server sent a malformed MX record for %1.</source>
        <translation>Le serveur DNS a envoyé un enregistrement MX mal formé pour %1.</translation>
    </message>
    <message>
        <source>This MX record names the root (&quot;.&quot;), not a host.</source>
        <translation>Cet enregistrement MX désigne la racine (« . »), pas un hôte.</translation>
    </message>
    <message>
        <source>failed DNSSEC validation</source>
        <translation>échec de la validation DNSSEC</translation>
    </message>
    <message>
        <source>The address lookup for %1 failed: %2</source>
        <translation>La résolution d&apos;adresse de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement A ou AAAA.</translation>
    </message>
</context>
<context>
    <name>Smtp::Profile</name>
    <message>
        <source>The profile has an empty id.</source>
        <translation>Le profil a un identifiant vide.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>&quot;lastUsed&quot; is not an ISO 8601 date and time.</source>
        <translation>« lastUsed » n&apos;est pas une date et heure ISO 8601.</translation>
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
        <translation>échec</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5</source>
        <translation>%1	%2	%3	%4	%5</translation>
    </message>
    <message>
        <source>line breaks (CR/LF) are not allowed.</source>
        <translation>les sauts de ligne (CR/LF) ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>NUL characters are not allowed.</source>
        <translation>les caractères NUL ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>control characters are not allowed.</source>
        <translation>les caractères de contrôle ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>&quot;security&quot; must be &quot;none&quot;, &quot;starttls&quot; or &quot;implicit&quot;.</source>
        <translation>« security » doit valoir « none », « starttls » ou « implicit ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;1.0&quot;, &quot;1.1&quot;, &quot;1.2&quot; or &quot;1.3&quot;.</source>
        <translation>« %1 » doit valoir « 1.0 », « 1.1 », « 1.2 » ou « 1.3 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;any&quot;, &quot;ipv4&quot; or &quot;ipv6&quot;.</source>
        <translation>« %1 » doit valoir « any », « ipv4 » ou « ipv6 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;smtp&quot; or &quot;lmtp&quot;.</source>
        <translation>« %1 » doit valoir « smtp » ou « lmtp ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;none&quot;, &quot;v1&quot; or &quot;v2&quot;.</source>
        <translation>« %1 » doit valoir « none », « v1 » ou « v2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;FULL&quot; or &quot;HDRS&quot;.</source>
        <translation>« %1 » doit valoir « FULL » ou « HDRS ».</translation>
    </message>
    <message>
        <source>The folder has no path.</source>
        <translation>Le dossier n&apos;a pas de chemin.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileCommandLine</name>
    <message>
        <source>The command line has an unterminated quote.</source>
        <translation>La ligne de commande contient un guillemet non fermé.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535; it was ignored.</source>
        <translation>Le port « %1 » n&apos;est pas un nombre de 0 à 65535 ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Several AUTH mechanisms were given (%1); the profile uses the strongest one both sides offer.</source>
        <translation>Plusieurs mécanismes AUTH ont été donnés (%1) ; le profil utilise le plus fort que les deux côtés proposent.</translation>
    </message>
    <message>
        <source>The password is not part of the profile; store it in the keychain.</source>
        <translation>Le mot de passe ne fait pas partie du profil ; enregistrez-le dans le trousseau.</translation>
    </message>
    <message>
        <source>The timeout &quot;%1&quot; is not usable (1 second to 1 hour); it was ignored.</source>
        <translation>Le délai « %1 » n&apos;est pas utilisable (1 seconde à 1 heure) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>--quit-after %1 belongs to one run, not to a profile; it was ignored.</source>
        <translation>--quit-after %1 concerne une exécution, pas un profil ; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 needs a value; it was ignored.</source>
        <translation>%1 demande une valeur ; il a été ignoré.</translation>
    </message>
    <message>
        <source>No --server was given: swaks would look up the recipient&apos;s MX; set the host.</source>
        <translation>Aucun --server donné : swaks chercherait le MX du destinataire ; indiquez l&apos;hôte.</translation>
    </message>
    <message>
        <source>swaks does not verify the certificate without --tls-verify: the profile is marked as a trusted site (no certificate validation).</source>
        <translation>swaks ne vérifie pas le certificat sans --tls-verify : le profil est marqué comme site de confiance (pas de validation du certificat).</translation>
    </message>
    <message>
        <source>%1 It was ignored.</source>
        <translation>%1 Il a été ignoré.</translation>
    </message>
    <message>
        <source>--tls-protocol %1 names no TLS version this program offers; it was ignored.</source>
        <translation>--tls-protocol %1 ne nomme aucune version TLS que ce programme propose ; il a été ignoré.</translation>
    </message>
    <message>
        <source>STARTTLS is used when offered; a STARTTLS that is offered and fails is an error here, where swaks would go on in plaintext.</source>
        <translation>STARTTLS est utilisé s’il est proposé ; un STARTTLS proposé qui échoue est ici une erreur, là où swaks continuerait en clair.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileJson</name>
    <message>
        <source>&quot;%1&quot; must be a %2, not a %3.</source>
        <translation>« %1 » doit être de type %2, pas %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>« %1 » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>« %1 » doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings, not a %2.</source>
        <translation>« %1 » ne doit contenir que des chaînes, pas %2.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileStore</name>
    <message>
        <source>the file ends too early (truncated?)</source>
        <translation>le fichier se termine trop tôt (tronqué ?)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>les données sont trop profondément imbriquées</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>le document est trop grand</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil « %1 »</translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation>Profil nº %1</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a list of strings.</source>
        <translation>« options » doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>The profile file is empty.</source>
        <translation>Le fichier des profils est vide.</translation>
    </message>
    <message>
        <source>The profile file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier des profils : %1.</translation>
    </message>
    <message>
        <source>The profile file has version %1, which this program does not know; it is read as far as possible and will not be overwritten.</source>
        <translation>Le fichier des profils est en version %1, que ce programme ne connaît pas ; il est lu autant que possible et ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; in the profile file is not a list.</source>
        <translation>« profiles » dans le fichier des profils n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>&quot;folders&quot; in the profile file is not a list.</source>
        <translation>« folders » dans le fichier des profils n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The application defaults were refused: %1</source>
        <translation>Les valeurs par défaut de l&apos;application ont été refusées : %1</translation>
    </message>
    <message>
        <source>The application defaults were refused: not an object.</source>
        <translation>Les valeurs par défaut de l&apos;application ont été refusées : ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The profile file holds neither an object nor a list.</source>
        <translation>Le fichier des profils ne contient ni un objet ni une liste.</translation>
    </message>
    <message>
        <source>Profile #%1 was refused: it is not an object.</source>
        <translation>Le profil nº %1 a été refusé : ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusé : %2</translation>
    </message>
    <message>
        <source>%1 was refused: another profile already has the id %2.</source>
        <translation>%1 a été refusé : un autre profil a déjà l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>another folder has the same path.</source>
        <translation>un autre dossier a le même chemin.</translation>
    </message>
    <message>
        <source>Folder #%1 was refused: %2</source>
        <translation>Le dossier nº %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>The profile file was in the old format (version 0); it will be saved in version %1, and the old file kept as the backup.</source>
        <translation>Le fichier des profils était dans l&apos;ancien format (version 0) ; il sera enregistré en version %1, et l&apos;ancien fichier conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>The profile file cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier des profils : %1</translation>
    </message>
    <message>
        <source>The profile file is %1 bytes, more than the limit of %2 bytes.</source>
        <translation>Le fichier des profils fait %1 octets, plus que la limite de %2 octets.</translation>
    </message>
    <message>
        <source>The profile file cannot be read: %1</source>
        <translation>Impossible de lire le fichier des profils : %1</translation>
    </message>
    <message>
        <source>The profile file is larger than the limit of %1 bytes.</source>
        <translation>Le fichier des profils dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>The profiles that could be read are shown, read-only.</source>
        <translation>Les profils qui ont pu être lus sont affichés en lecture seule.</translation>
    </message>
    <message>
        <source>A backup of the previous version can be restored.</source>
        <translation>Une sauvegarde de la version précédente peut être restaurée.</translation>
    </message>
    <message>
        <source>The profile file cannot be saved; the previous version is unchanged: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier des profils ; la version précédente est inchangée : %1</translation>
    </message>
    <message>
        <source>The profile file could not be read, so it is not overwritten. Restore the backup or discard the unreadable file first.</source>
        <translation>Le fichier des profils n&apos;a pas pu être lu, il n&apos;est donc pas écrasé. Restaurez d&apos;abord la sauvegarde ou abandonnez le fichier illisible.</translation>
    </message>
    <message>
        <source>The profile file was written by a newer version of this program and is not overwritten.</source>
        <translation>Le fichier des profils a été écrit par une version plus récente de ce programme et n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Another instance is saving the profiles; try again in a moment.</source>
        <translation>Une autre instance enregistre les profils ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The profile file changed on disk and cannot be read any more, so it is not overwritten: %1</source>
        <translation>Le fichier des profils a changé sur le disque et ne peut plus être lu, il n&apos;est donc pas écrasé : %1</translation>
    </message>
    <message>
        <source>The profile file was replaced by a newer version of this program and is not overwritten.</source>
        <translation>Le fichier des profils a été remplacé par une version plus récente de ce programme et n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Impossible de restaurer la sauvegarde : %1</translation>
    </message>
    <message>
        <source>The unreadable file could not be copied away, so it is not discarded.</source>
        <translation>Le fichier illisible n&apos;a pas pu être copié à part, il n&apos;est donc pas abandonné.</translation>
    </message>
    <message>
        <source>The id must not start or end with spaces.</source>
        <translation>L&apos;identifiant ne doit ni commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Un profil avec l&apos;identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Il n&apos;y a aucun profil avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Il n&apos;y a aucun dossier %1.</translation>
    </message>
    <message>
        <source>Folder %1: %2</source>
        <translation>Dossier %1 : %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importé)</translation>
    </message>
    <message>
        <source>%1 more entries were refused.</source>
        <translation>%1 autres entrées ont été refusées.</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileStoreError</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3 : %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (a copy was kept as %2)</source>
        <translation>%1 (une copie a été conservée sous %2)</translation>
    </message>
</context>
<context>
    <name>Smtp::ProfileTreeModel</name>
    <message>
        <source>The certificate last seen expired on %1.</source>
        <translation>Le dernier certificat vu a expiré le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate last seen expires on %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Le dernier certificat vu expire le %1 (%n jour restant).</numerusform>
            <numerusform>Le dernier certificat vu expire le %1 (%n jours restants).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Smtp::ProxyUrl</name>
    <message>
        <source>(unparsable proxy address)</source>
        <translation>(adresse de proxy illisible)</translation>
    </message>
    <message>
        <source>The proxy must look like socks5://host:port or http://host:port (user:password@ before the host is allowed), not &quot;%1&quot;.</source>
        <translation>Le proxy doit être de la forme socks5://hôte:port ou http://hôte:port (user:password@ avant l&apos;hôte est permis), pas « %1 ».</translation>
    </message>
    <message>
        <source>The proxy must start with socks5:// or http://, not &quot;%1&quot;.</source>
        <translation>Le proxy doit commencer par socks5:// ou http://, pas « %1 ».</translation>
    </message>
    <message>
        <source>The proxy needs a port from 1 to 65535, as in %1://host:1080.</source>
        <translation>Le proxy demande un port de 1 à 65535, comme dans %1://hôte:1080.</translation>
    </message>
    <message>
        <source>The proxy address ends after the port: nothing may follow it in &quot;%1&quot;.</source>
        <translation>L&apos;adresse du proxy se termine après le port : rien ne doit le suivre dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>Smtp::Remedy</name>
    <message>
        <source>Set the server name to %1</source>
        <translation>Définir le nom du serveur sur %1</translation>
    </message>
    <message>
        <source>Open the Security tab</source>
        <translation>Ouvrir l&apos;onglet Sécurité</translation>
    </message>
    <message>
        <source>Open the connection settings</source>
        <translation>Ouvrir les paramètres de connexion</translation>
    </message>
</context>
<context>
    <name>Smtp::ScenarioRun</name>
    <message>
        <source>%1: the step &quot;message&quot; needs a recipient (--to).</source>
        <translation>%1 : l&apos;étape « message » demande un destinataire (--to).</translation>
    </message>
    <message>
        <source>%1: the step &quot;auth&quot; needs credentials (--user, or --auth).</source>
        <translation>%1 : l&apos;étape « auth » demande des identifiants (--user ou --auth).</translation>
    </message>
</context>
<context>
    <name>Smtp::SecretBinding</name>
    <message>
        <source>&quot;secretBinding&quot; has an unusable field &quot;%1&quot;.</source>
        <translation>« secretBinding » a un champ inutilisable « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Smtp::SecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau : %1</translation>
    </message>
    <message>
        <source>No keychain available: passwords cannot be remembered and will be asked for in each session.</source>
        <translation>Aucun trousseau disponible : les mots de passe ne peuvent pas être mémorisés et seront demandés à chaque session.</translation>
    </message>
    <message>
        <source>The keychain module %1 is missing.</source>
        <translation>Le module du trousseau %1 est absent.</translation>
    </message>
    <message>
        <source>The keychain module could not be loaded: %1</source>
        <translation>Le module du trousseau n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>The keychain module (%1) has no entry point.</source>
        <translation>Le module du trousseau (%1) n’a pas de point d’entrée.</translation>
    </message>
</context>
<context>
    <name>Smtp::Session</name>
    <message>
        <source>Connecting through the %1 proxy %2:%3.</source>
        <translation>Connexion via le proxy %1 %2:%3.</translation>
    </message>
    <message>
        <source>Resolving %1 …</source>
        <translation>Résolution de %1 …</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved: %2. Check the host name and the DNS settings.</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu : %2. Vérifiez le nom d&apos;hôte et les réglages DNS.</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 …</source>
        <translation>Connexion à %1 port %2 …</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3</source>
        <translation>Connecté à %1 port %2 depuis %3</translation>
    </message>
    <message>
        <source>Connection failed: %1; trying the next address.</source>
        <translation>Échec de la connexion : %1 ; essai de l&apos;adresse suivante.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3. Check the host, the port and any firewall.</source>
        <translation>Impossible de se connecter à %1 port %2 : %3. Vérifiez l&apos;hôte, le port et un éventuel pare-feu.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Le proxy a échoué : %1</translation>
    </message>
    <message>
        <source>The message file changed while it was being sent.</source>
        <translation>Le fichier de message a changé pendant son envoi.</translation>
    </message>
    <message>
        <source>The local address %1 cannot be used: %2. Give an address of this machine.</source>
        <translation>L’adresse locale %1 ne peut pas être utilisée : %2. Indiquez une adresse de cette machine.</translation>
    </message>
    <message>
        <source>%1 has no address of the family of the local address %2.</source>
        <translation>%1 n’a aucune adresse de la famille de l’adresse locale %2.</translation>
    </message>
    <message>
        <source>%1 has no %2 address.</source>
        <translation>%1 n’a pas d’adresse %2.</translation>
    </message>
    <message>
        <source>The TLS secrets of this session go to the key log %1: anyone who can read it can decrypt the session, passwords included. Delete it when done.</source>
        <translation>Les secrets TLS de cette session vont dans le journal de clés %1 : quiconque peut le lire peut déchiffrer la session, mots de passe compris. Supprimez-le ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) of TLS secrets to %1.</source>
        <translation>
            <numerusform>%n ligne de secrets TLS écrite dans %1.</numerusform>
            <numerusform>%n lignes de secrets TLS écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Smtp::SwaksTransport</name>
    <message>
        <source>The local port %1 of --local-interface is not kept: the system chooses it.</source>
        <translation>Le port local %1 de --local-interface n’est pas repris : le système le choisit.</translation>
    </message>
    <message>
        <source>The PROXY header was left out: %1</source>
        <translation>L’en-tête PROXY a été omis : %1</translation>
    </message>
    <message>
        <source>The PROXY header&apos;s destination is not kept: this program names the address it connects to.</source>
        <translation>La destination de l’en-tête PROXY n’est pas reprise : ce programme nomme l’adresse à laquelle il se connecte.</translation>
    </message>
</context>
<context>
    <name>SmtpCommand</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Le %1 est vide.</translation>
    </message>
    <message>
        <source>The %1 %2.</source>
        <translation>Le %1 %2.</translation>
    </message>
    <message>
        <source>The %1 contains white space.</source>
        <translation>Le %1 contient des espaces.</translation>
    </message>
    <message>
        <source>A parameter is empty.</source>
        <translation>Un paramètre est vide.</translation>
    </message>
    <message>
        <source>A parameter %1.</source>
        <translation>Un paramètre %1.</translation>
    </message>
    <message>
        <source>A parameter contains white space.</source>
        <translation>Un paramètre contient des espaces.</translation>
    </message>
    <message>
        <source>contains a line break (CR or LF)</source>
        <translation>contient un saut de ligne (CR ou LF)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains a control character (0x%1)</source>
        <translation>contient un caractère de contrôle (0x%1)</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>nom EHLO</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>nom HELO</translation>
    </message>
    <message>
        <source>LHLO name</source>
        <translation>nom LHLO</translation>
    </message>
    <message>
        <source>The VRFY argument is empty.</source>
        <translation>L’argument de VRFY est vide.</translation>
    </message>
    <message>
        <source>The VRFY argument %1.</source>
        <translation>L’argument de VRFY %1.</translation>
    </message>
    <message>
        <source>The EXPN argument is empty.</source>
        <translation>L’argument de EXPN est vide.</translation>
    </message>
    <message>
        <source>The EXPN argument %1.</source>
        <translation>L’argument de EXPN %1.</translation>
    </message>
    <message>
        <source>The authentication mechanism name is empty or too long.</source>
        <translation>Le nom du mécanisme d’authentification est vide ou trop long.</translation>
    </message>
    <message>
        <source>The authentication mechanism name contains a character that is not allowed.</source>
        <translation>Le nom du mécanisme d’authentification contient un caractère interdit.</translation>
    </message>
    <message>
        <source>The initial response %1.</source>
        <translation>La réponse initiale %1.</translation>
    </message>
    <message>
        <source>The initial response contains white space.</source>
        <translation>La réponse initiale contient des espaces.</translation>
    </message>
    <message>
        <source>The authentication response %1.</source>
        <translation>La réponse d’authentification %1.</translation>
    </message>
    <message>
        <source>The authentication response contains white space.</source>
        <translation>La réponse d’authentification contient des espaces.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>La commande est vide.</translation>
    </message>
    <message>
        <source>The command %1.</source>
        <translation>La commande %1.</translation>
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
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>TLS backend: %1</source>
        <translation>Moteur TLS : %1</translation>
    </message>
    <message>
        <source>TLS library: %1 (built with %2)</source>
        <translation>Bibliothèque TLS : %1 (compilée avec %2)</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>Système : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpUi::BatchCheckDialog</name>
    <message>
        <source>Check Profiles</source>
        <translation>Vérifier les profils</translation>
    </message>
    <message>
        <source>Cancel Checks</source>
        <translation>Annuler les vérifications</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
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
        <translation>Les résultats n&apos;ont pas pu être conservés dans les profils : %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked, %3 failed</source>
        <translation>%1 sur %2 vérifiés, %3 en échec</translation>
    </message>
    <message>
        <source>%1. Done.</source>
        <translation>%1. Terminé.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Export Check Results</source>
        <translation>Exporter les résultats des vérifications</translation>
    </message>
</context>
<context>
    <name>SmtpUi::BatchResultsModel</name>
    <message>
        <source>Checked</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
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
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>encore %n jour</numerusform>
            <numerusform>encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>première exécution</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
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
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Offered only after STARTTLS</source>
        <translation>Proposé seulement après STARTTLS</translation>
    </message>
    <message>
        <source>Offered before STARTTLS but no longer after it</source>
        <translation>Proposé avant STARTTLS mais plus après</translation>
    </message>
    <message>
        <source>Offered on both sides with different parameters</source>
        <translation>Proposé des deux côtés avec des paramètres différents</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Avant TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Après TLS</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Over TLS</source>
        <translation>Sous TLS</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>capability offered without parameters</comment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>SmtpUi::CertificateChainModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(pas de sujet)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Le certificat du serveur</translation>
    </message>
    <message>
        <source>The top of the chain the server sent</source>
        <translation>Le sommet de la chaîne envoyée par le serveur</translation>
    </message>
    <message>
        <source>An intermediate certificate</source>
        <translation>Un certificat intermédiaire</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>The trust anchor the chain was verified to: from this computer&apos;s trust store, not sent by the server</source>
        <translation>L’ancre de confiance jusqu’à laquelle la chaîne a été vérifiée : du magasin de certificats de cet ordinateur, non envoyée par le serveur</translation>
    </message>
</context>
<context>
    <name>SmtpUi::CertificateDetailsDialog</name>
    <message>
        <source>TLS was not established.</source>
        <translation>TLS n&apos;a pas été établi.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits)</source>
        <translation>%1, %2 (%3 bits)</translation>
    </message>
    <message>
        <source>The chain verified for %1.</source>
        <translation>La chaîne a été vérifiée pour %1.</translation>
    </message>
    <message>
        <source>Validation was skipped (trusted site); it would have failed: %1</source>
        <translation>La validation a été ignorée (site de confiance) ; elle aurait échoué : %1</translation>
    </message>
    <message>
        <source>The chain did not verify for %1: %2</source>
        <translation>La chaîne n&apos;a pas pu être vérifiée pour %1 : %2</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (auto-signé)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ expired %n day(s) ago</source>
        <translation>
            <numerusform>⚠ expiré depuis %n jour</numerusform>
            <numerusform>⚠ expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ in %n day(s)</source>
        <translation>
            <numerusform>⚠ dans %n jour</numerusform>
            <numerusform>⚠ dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>There is no certificate to export.</source>
        <translation>Il n&apos;y a aucun certificat à exporter.</translation>
    </message>
    <message>
        <source>Export Certificate Chain</source>
        <translation>Exporter la chaîne de certificats</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <source>chain.pem</source>
        <translation>chaine.pem</translation>
    </message>
    <message>
        <source>certificate.pem</source>
        <translation>certificat.pem</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Certificat mémorisé</translation>
    </message>
    <message>
        <source>Remember This &amp;Certificate</source>
        <translation>Mémoriser ce &amp;certificat</translation>
    </message>
    <message>
        <source>Keep this verified certificate in the profile: later sessions say whether the server still presents it</source>
        <translation>Garder ce certificat vérifié dans le profil : les sessions suivantes diront si le serveur le présente encore</translation>
    </message>
    <message>
        <source>%1 This one cannot be remembered: its chain was not verified.</source>
        <translation>%1 Celui-ci ne peut pas être mémorisé : sa chaîne n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The same certificate as the one remembered on %1.</source>
        <translation>Le même certificat que celui mémorisé le %1.</translation>
    </message>
    <message>
        <source>Not the certificate remembered on %1: see the notice above.</source>
        <translation>Pas le certificat mémorisé le %1 : voir l’avis ci-dessus.</translation>
    </message>
    <message>
        <source>%1 It cannot be accepted: its chain was not verified.</source>
        <translation>%1 Il ne peut pas être accepté : sa chaîne n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>Accept New &amp;Certificate</source>
        <translation>Accepter le nouveau &amp;certificat</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ComposePanel</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Not sent: give at least one recipient.</source>
        <translation>Non envoyé : indiquez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Non envoyé à %1 : %2</translation>
    </message>
</context>
<context>
    <name>SmtpUi::DomainCheckDialog</name>
    <message>
        <source>Check Domain</source>
        <translation>Vérifier un domaine</translation>
    </message>
    <message>
        <source>Verdicts by address and mode</source>
        <translation>Verdicts par adresse et mode</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Show Transcript</source>
        <translation>Afficher la transcription</translation>
    </message>
    <message>
        <source>Cancel Checks</source>
        <translation>Annuler les vérifications</translation>
    </message>
    <message>
        <source>Looking up the mail exchangers of %1…</source>
        <translation>Recherche des serveurs de messagerie de %1…</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <source>Give a domain or a host, then Check.</source>
        <translation>Indiquez un domaine ou un hôte, puis Vérifier.</translation>
    </message>
    <message>
        <source>%1 of %2 checked, %3 failed</source>
        <translation>%1 sur %2 vérifiés, %3 en échec</translation>
    </message>
    <message>
        <source>%1. Done.</source>
        <translation>%1. Terminé.</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>Transcription : %1</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1 : OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1. Cancelled.</source>
        <translation>%1. Annulé.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::DomainCheckForm</name>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (exigé)</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Aucune (en clair)</translation>
    </message>
    <message>
        <source>Choose the CA File</source>
        <translation>Choisir le fichier CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>mail.example.org or an address</source>
        <translation>mail.example.org ou une adresse</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Give the domain to check.</source>
        <translation>Indiquez le domaine à vérifier.</translation>
    </message>
    <message>
        <source>Give the host to check.</source>
        <translation>Indiquez l’hôte à vérifier.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::DomainGridModel</name>
    <message>
        <source>%1 plain</source>
        <translation>%1 en clair</translation>
    </message>
    <message>
        <source>%1 STARTTLS</source>
        <translation>%1 STARTTLS</translation>
    </message>
    <message>
        <source>%1 implicit TLS</source>
        <translation>%1 TLS implicite</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Settings unusable</source>
        <translation>Paramètres inutilisables</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Pas de STARTTLS</translation>
    </message>
    <message>
        <source>Certificate untrusted</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <source>Client certificate unusable</source>
        <translation>Certificat client inutilisable</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l’authentification</translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation>Violation du protocole</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Delivery unknown</source>
        <translation>Remise inconnue</translation>
    </message>
    <message>
        <source>Expectation failed</source>
        <translation>Attente non satisfaite</translation>
    </message>
    <message>
        <source>Exchanger</source>
        <translation>Serveur MX</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1
Double-click for the transcript.</source>
        <translation>%1
Double-cliquez pour la transcription.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>OK (%1)
Double-click for the transcript.</source>
        <translation>OK (%1)
Double-cliquez pour la transcription.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Pending…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>%1 STARTTLS if offered</source>
        <translation>%1 STARTTLS si proposé</translation>
    </message>
</context>
<context>
    <name>SmtpUi::InfoBar</name>
    <message>
        <source>Dismiss this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>SmtpUi::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SmtpUi::LogExportFile</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
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
        <translation>Exporter le journal de session</translation>
    </message>
</context>
<context>
    <name>SmtpUi::MainWindow</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Export Session Log…</source>
        <translation>&amp;Exporter le journal de session…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>&amp;Next Session</source>
        <translation>Session sui&amp;vante</translation>
    </message>
    <message>
        <source>&amp;Previous Session</source>
        <translation>Session &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About SMTP Workbench</source>
        <translation>À &amp;propos de SMTP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Session log saved to %1</source>
        <translation>Journal de session enregistré dans %1</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Choose a profile and press Connect (Ctrl+Return) to start a session,
or create one with New Profile (Ctrl+N) and try it with its Test button.
Each session opens in its own tab; several can run at once.</source>
        <translation>Choisissez un profil et appuyez sur Connecter (Ctrl+Entrée) pour démarrer une session,
ou créez-en un avec Nouveau profil (Ctrl+N) et essayez-le avec son bouton Tester.
Chaque session s&apos;ouvre dans son propre onglet ; plusieurs peuvent tourner en même temps.</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The new language is used the next time SMTP Workbench starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de SMTP Workbench.</translation>
    </message>
    <message>
        <source>Saving the session log to %1…</source>
        <translation>Enregistrement du journal de session dans %1…</translation>
    </message>
    <message>
        <source>Save the session&apos;s transcript as text, HTML or JSON</source>
        <translation>Enregistrer le journal de la session en texte, HTML ou JSON</translation>
    </message>
    <message>
        <source>Show the certificate chain the server presented</source>
        <translation>Afficher la chaîne de certificats présentée par le serveur</translation>
    </message>
    <message>
        <source>Close the session tab (QUIT first when it is still open)</source>
        <translation>Fermer l’onglet de la session (QUIT d’abord si elle est encore ouverte)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the ended session again with the same settings, in the same tab</source>
        <translation>Relancer la session terminée avec les mêmes réglages, dans le même onglet</translation>
    </message>
    <message>
        <source>Close &amp;Finished Sessions</source>
        <translation>Fermer les sessions &amp;terminées</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Close every tab whose session has ended</source>
        <translation>Fermer chaque onglet dont la session est terminée</translation>
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
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session&apos;s result was not saved in the profile: %1</source>
        <translation>Le résultat de la session n’a pas été enregistré dans le profil : %1</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;; nothing was connected. Choose a profile in the list, or check the name (exact, any case, or Folder/Name).</source>
        <translation>Aucun profil enregistré ne s’appelle « %1 » ; rien n’a été connecté. Choisissez un profil dans la liste, ou vérifiez le nom (exact, casse indifférente, ou Dossier/Nom).</translation>
    </message>
    <message>
        <source>Profile Not Found</source>
        <translation>Profil introuvable</translation>
    </message>
    <message>
        <source>Saying QUIT to the open sessions…</source>
        <translation>Envoi de QUIT aux sessions ouvertes…</translation>
    </message>
    <message>
        <source>Save as &amp;Scenario…</source>
        <translation>Enregistrer comme &amp;scénario…</translation>
    </message>
    <message>
        <source>Save the session&apos;s commands and reply codes as a scenario to replay</source>
        <translation>Enregistrer les commandes et les codes de réponse de la session comme scénario à rejouer</translation>
    </message>
    <message>
        <source>Profiles Not Loaded</source>
        <translation>Profils non chargés</translation>
    </message>
    <message>
        <source>The profiles are read-only until you choose. A backup of the last good file may exist.</source>
        <translation>Les profils sont en lecture seule jusqu&apos;à votre choix. Une sauvegarde du dernier fichier valide existe peut-être.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Repartir à vide</translation>
    </message>
    <message>
        <source>Continue Read-Only</source>
        <translation>Continuer en lecture seule</translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>Check &amp;Domain…</source>
        <translation>Vérifier un &amp;domaine…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Check every address of a domain&apos;s mail exchangers, in one mode or all four</source>
        <translation>Vérifier chaque adresse des serveurs de messagerie d’un domaine, dans un mode ou les quatre</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
    <message>
        <source>Cer&amp;tificate Details…</source>
        <translation>Détails du &amp;certificat…</translation>
    </message>
</context>
<context>
    <name>SmtpUi::OtherToolActions</name>
    <message>
        <source>Copy as s&amp;waks Command</source>
        <translation>Copier comme commande s&amp;waks</translation>
    </message>
    <message>
        <source>Copy the swaks command line that runs this profile&apos;s test (without passwords)</source>
        <translation>Copier la ligne de commande swaks qui lance le test de ce profil (sans mots de passe)</translation>
    </message>
    <message>
        <source>Copy as &amp;openssl s_client Command</source>
        <translation>Copier comme commande &amp;openssl s_client</translation>
    </message>
    <message>
        <source>Copy the openssl s_client command line that opens this profile&apos;s TLS connection (without passwords)</source>
        <translation>Copier la ligne de commande openssl s_client qui ouvre la connexion TLS de ce profil (sans mots de passe)</translation>
    </message>
    <message>
        <source>%1 uses no TLS: there is no openssl s_client command for it.</source>
        <translation>%1 n’utilise pas TLS : il n’y a pas de commande openssl s_client pour lui.</translation>
    </message>
    <message>
        <source>Copied the swaks command for %1 (without passwords).</source>
        <translation>Commande swaks de %1 copiée (sans mots de passe).</translation>
    </message>
    <message>
        <source>Copied the openssl s_client command for %1 (without passwords).</source>
        <translation>Commande openssl s_client de %1 copiée (sans mots de passe).</translation>
    </message>
    <message>
        <source>New Profile from swaks Command</source>
        <translation>Nouveau profil depuis une commande swaks</translation>
    </message>
    <message>
        <source>Paste a swaks command line. A password in it goes to the editor&apos;s password field, never to the profile file.</source>
        <translation>Collez une ligne de commande swaks. Un mot de passe qu’elle contient va dans le champ mot de passe de l’éditeur, jamais dans le fichier des profils.</translation>
    </message>
    <message>
        <source>No Profile from This Command</source>
        <translation>Aucun profil depuis cette commande</translation>
    </message>
    <message>
        <source>Not understood, left out: %1</source>
        <translation>Non compris, ignoré : %1</translation>
    </message>
    <message>
        <source>From the swaks Command</source>
        <translation>D’après la commande swaks</translation>
    </message>
    <message>
        <source>New Profile from swaks Comm&amp;and…</source>
        <translation>Nouveau profil depuis une commande swa&amp;ks…</translation>
    </message>
</context>
<context>
    <name>SmtpUi::PolicyCheckDialog</name>
    <message>
        <source>Check Policy: %1</source>
        <translation>Vérifier la politique : %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Probing %1:%2 …</source>
        <translation>Sondage de %1:%2 …</translation>
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
        <translation>%1 sondes sur %2 évaluées …</translation>
    </message>
    <message>
        <source>Stopped: the findings listed are those made before.</source>
        <translation>Arrêté : les constats listés sont ceux faits auparavant.</translation>
    </message>
    <message>
        <source>No probe reached the server, so nothing was checked: %1</source>
        <translation>Aucune sonde n&apos;a atteint le serveur, rien n&apos;a donc été vérifié : %1</translation>
    </message>
    <message>
        <source>Done: %1 passed, %2 warnings, %3 failed, %4 not applicable.</source>
        <translation>Terminé : %1 réussies, %2 avertissements, %3 en échec, %4 non applicables.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>Valeur du système (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileDeletions</name>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profil</numerusform>
            <numerusform>%n profils</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 supprimé. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not all be removed from the keychain: %2</source>
        <translation>Les secrets de %1 n’ont pas tous pu être retirés du trousseau : %2</translation>
    </message>
    <message>
        <source>The restored profiles&apos; secrets could not all be put back in the keychain: %1</source>
        <translation>Les secrets des profils restaurés n’ont pas tous pu être remis dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileEditorDialog</name>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (exigé)</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Aucune (en clair)</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Pas d&apos;authentification</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automatique (le plus fort proposé)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>Hérité : %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Enregistré dans le trousseau ; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Not stored; saved to the keychain</source>
        <translation>Non enregistré ; sera enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A host name or address is required.</source>
        <translation>Un nom d&apos;hôte ou une adresse est nécessaire.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Un nom d&apos;hôte ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>STARTTLS needs EHLO: turn on extended SMTP or choose another security mode.</source>
        <translation>STARTTLS demande EHLO : activez le SMTP étendu ou choisissez un autre mode de sécurité.</translation>
    </message>
    <message>
        <source>A client key needs a client certificate.</source>
        <translation>Une clé client demande un certificat client.</translation>
    </message>
    <message>
        <source>Authentication needs a user name.</source>
        <translation>L&apos;authentification demande un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ demande votre attention.</numerusform>
            <numerusform>%n champs demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password typed as user:password@ before the host is stored in the keychain; the profile keeps the address without it.</source>
        <translation>Un mot de passe saisi sous la forme utilisateur:motdepasse@ avant l’hôte est enregistré dans le trousseau ; le profil garde l’adresse sans lui.</translation>
    </message>
    <message>
        <source>New Destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <source>Where this profile connects changes:
%1

Keep the saved password for the new destination?</source>
        <translation>La destination de ce profil change :
%1

Garder le mot de passe enregistré pour la nouvelle destination ?</translation>
    </message>
    <message>
        <source>Keep Password</source>
        <translation>Garder le mot de passe</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Afficher la transcription</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Profil sans nom</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Plaintext session: the server answered; nothing was encrypted.</source>
        <translation>Session en clair : le serveur a répondu ; rien n&apos;a été chiffré.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verified implicit TLS session, %1.</source>
        <translation>Session TLS implicite vérifiée, %1.</translation>
    </message>
    <message>
        <source>Verified STARTTLS session, %1.</source>
        <translation>Session STARTTLS vérifiée, %1.</translation>
    </message>
    <message>
        <source>Implicit TLS session, %1; the certificate was not validated (trusted site).</source>
        <translation>Session TLS implicite, %1 ; le certificat n&apos;a pas été validé (site de confiance).</translation>
    </message>
    <message>
        <source>STARTTLS session, %1; the certificate was not validated (trusted site).</source>
        <translation>Session STARTTLS, %1 ; le certificat n&apos;a pas été validé (site de confiance).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The credentials were not sent: a test sends them only over TLS with a validated certificate.</source>
        <translation>Les identifiants n&apos;ont pas été envoyés : un test ne les envoie que sur TLS avec un certificat validé.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard changes to this profile?</source>
        <translation>Abandonner les modifications de ce profil ?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>Either an SNI name or no SNI at all, not both.</source>
        <translation>Soit un nom SNI, soit aucun SNI, pas les deux.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6</source>
        <translation>IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 uniquement</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 uniquement</translation>
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
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Version 1 (text)</source>
        <translation>Version 1 (texte)</translation>
    </message>
    <message>
        <source>Version 2 (binary)</source>
        <translation>Version 2 (binaire)</translation>
    </message>
    <message>
        <source>A PROXY header needs the source address it claims.</source>
        <translation>Un en-tête PROXY nécessite l’adresse source qu’il déclare.</translation>
    </message>
    <message>
        <source>STARTTLS if offered (opportunistic)</source>
        <translation>STARTTLS si proposé (opportuniste)</translation>
    </message>
    <message>
        <source>The folder of this file does not exist.</source>
        <translation>Le dossier de ce fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileFileWatcher</name>
    <message>
        <source>The profile file was changed by another program.</source>
        <translation>Le fichier des profils a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Profiles reloaded from %1</source>
        <translation>Profils rechargés depuis %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileItemDelegate</name>
    <message>
        <source>#%1</source>
        <translation>nº %1</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days the certificate has left</comment>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileRunLauncher</name>
    <message>
        <source>Run Scenario</source>
        <translation>Exécuter un scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.scenario)</source>
        <translation>Scénarios (*.scenario)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scenario Not Run</source>
        <translation>Scénario non exécuté</translation>
    </message>
    <message>
        <source>Scenario Not Attached</source>
        <translation>Scénario non associé</translation>
    </message>
    <message>
        <source>The scenario was not attached to the profile: %1</source>
        <translation>Le scénario n&apos;a pas été associé au profil : %1</translation>
    </message>
    <message>
        <source>The saved password of &quot;%1&quot; was confirmed for another destination (%2) and was not used. Confirm the destination in the profile editor, then run the scenario again.</source>
        <translation>Le mot de passe enregistré de « %1 » a été confirmé pour une autre destination (%2) et n&apos;a pas été utilisé. Confirmez la destination dans l&apos;éditeur de profils, puis relancez le scénario.</translation>
    </message>
    <message>
        <source>The scenario authenticates, and &quot;%1&quot; has no password in the keychain. Connect the profile once and remember the password, then run the scenario again.</source>
        <translation>Le scénario s&apos;authentifie, et « %1 » n&apos;a pas de mot de passe dans le trousseau. Connectez le profil une fois en mémorisant le mot de passe, puis relancez le scénario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes through a proxy that needs a password, and there is none in the keychain. Connect the profile once and remember it, then run the scenario again.</source>
        <translation>« %1 » passe par un proxy qui demande un mot de passe, et le trousseau n&apos;en contient aucun. Connectez le profil une fois en le mémorisant, puis relancez le scénario.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfileRunRecorder</name>
    <message>
        <source>The certificate was not remembered: its chain was not verified.</source>
        <translation>Le certificat n’a pas été mémorisé : sa chaîne n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The certificate was not remembered: the profile no longer exists.</source>
        <translation>Le certificat n’a pas été mémorisé : le profil n’existe plus.</translation>
    </message>
    <message>
        <source>The certificate was not remembered: %1</source>
        <translation>Le certificat n’a pas été mémorisé : %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ProfilesPanel</name>
    <message>
        <source>Search profiles</source>
        <translation>Rechercher des profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
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
        <translation>&amp;Renommer le profil…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Supprimer &amp;le profil</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importer des profils…</translation>
    </message>
    <message>
        <source>E&amp;xport Profiles…</source>
        <translation>E&amp;xporter les profils…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Find Profile</source>
        <translation>Rec&amp;hercher un profil</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>Profile %1 created</source>
        <translation>Profil %1 créé</translation>
    </message>
    <message>
        <source>Profile %1 saved</source>
        <translation>Profil %1 enregistré</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>Le trousseau n&apos;a pas enregistré le secret : %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profile file could not be saved.</source>
        <translation>Le fichier des profils n&apos;a pas pu être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n profile(s).</source>
        <translation>
            <numerusform>%n profil restauré.</numerusform>
            <numerusform>%n profils restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importé depuis %1 : %2</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profils (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Import, Keep Both</source>
        <translation>Importer, garder les deux</translation>
    </message>
    <message>
        <source>Import, Replace Changed</source>
        <translation>Importer, remplacer les modifiés</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>profiles-export.json</source>
        <translation>export-profils.json</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Profiles exported to %1 (without passwords)</source>
        <translation>Profils exportés vers %1 (sans les mots de passe)</translation>
    </message>
    <message>
        <source>Search name, host or tag (Ctrl+Shift+F)</source>
        <translation>Rechercher un nom, un hôte ou une étiquette (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>The profile file could not be read or was written by a newer version: profiles are read-only and nothing will be overwritten.</source>
        <translation>Le fichier des profils n&apos;a pas pu être lu ou a été écrit par une version plus récente : les profils sont en lecture seule et rien ne sera écrasé.</translation>
    </message>
    <message>
        <source>Import these profiles?

%1</source>
        <translation>Importer ces profils ?

%1</translation>
    </message>
    <message>
        <source>%1 changes:</source>
        <translation>%1 change :</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Aucun profil ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Chec&amp;k Profiles</source>
        <translation>&amp;Vérifier les profils</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Check the selected profiles, or every profile of the selected folders, at once</source>
        <translation>Vérifier en une fois les profils sélectionnés, ou tous les profils des dossiers sélectionnés</translation>
    </message>
    <message>
        <source>Check &amp;Policy…</source>
        <translation>Vérifier la &amp;politique…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Probe the selected profile&apos;s server: STARTTLS, AUTH, open relay, VRFY, EXPN, TLS versions</source>
        <translation>Sonder le serveur du profil sélectionné : STARTTLS, AUTH, relais ouvert, VRFY, EXPN, versions de TLS</translation>
    </message>
    <message>
        <source>Run &amp;Scenario…</source>
        <translation>Exécuter un &amp;scénario…</translation>
    </message>
    <message>
        <source>Run a scenario file over the selected profile&apos;s server</source>
        <translation>Exécuter un fichier de scénario sur le serveur du profil sélectionné</translation>
    </message>
    <message>
        <source>Co&amp;mpare Runs…</source>
        <translation>Compar&amp;er les exécutions…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the profile&apos;s runs and what changed between two of them</source>
        <translation>Afficher les exécutions du profil et ce qui a changé entre deux d’entre elles</translation>
    </message>
    <message>
        <source>Comparing needs two runs of the profile: connect it or check it</source>
        <translation>Comparer demande deux exécutions du profil : connectez-le ou vérifiez-le</translation>
    </message>
    <message>
        <source>Duplica&amp;te Profile</source>
        <translation>D&amp;upliquer le profil</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ReplaceConfirmation</name>
    <message>
        <source>“%1” is a symbolic link to “%2”. Saving replaces the contents of “%2”.</source>
        <translation>« %1 » est un lien symbolique vers « %2 ». L’enregistrement remplace le contenu de « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link to “%2”, which does not exist yet. Saving creates “%2”.</source>
        <translation>« %1 » est un lien symbolique vers « %2 », qui n’existe pas encore. L’enregistrement crée « %2 ».</translation>
    </message>
    <message>
        <source>“%1” already exists. Saving replaces it.</source>
        <translation>« %1 » existe déjà. L’enregistrement le remplace.</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>SmtpUi::RunComparisonDialog</name>
    <message>
        <source>Compare Runs: %1</source>
        <translation>Comparer les exécutions : %1</translation>
    </message>
    <message numerus="yes">
        <source>This profile has %n run(s) on record; comparing needs two. Each session of the profile and each Check Profiles adds one.</source>
        <translation>
            <numerusform>Ce profil a %n exécution enregistrée ; comparer en demande deux. Chaque session du profil et chaque vérification des profils en ajoute une.</numerusform>
            <numerusform>Ce profil a %n exécutions enregistrées ; comparer en demande deux. Chaque session du profil et chaque vérification des profils en ajoute une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs, newest first. Select two to compare (Ctrl+click the second).</source>
        <translation>Exécutions, la plus récente d’abord. Sélectionnez-en deux à comparer (Ctrl+clic sur la seconde).</translation>
    </message>
    <message>
        <source>Select two runs to compare.</source>
        <translation>Sélectionnez deux exécutions à comparer.</translation>
    </message>
    <message>
        <source>From %1 to %2: nothing changed.</source>
        <translation>Du %1 au %2 : rien n’a changé.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Du %1 au %2 :</translation>
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
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Certificate days left</source>
        <translation>Jours restants du certificat</translation>
    </message>
</context>
<context>
    <name>SmtpUi::ScenarioRunDialog</name>
    <message>
        <source>Run Scenario: %1</source>
        <translation>Exécuter le scénario : %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Running the scenario against %1:%2 …</source>
        <translation>Exécution du scénario sur %1:%2 …</translation>
    </message>
    <message>
        <source>(no reply: the session ended)</source>
        <translation>(pas de réponse : la session est terminée)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>expect %1</source>
        <translation>expect %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>Passed: every expectation held (%n checked).</source>
        <translation>
            <numerusform>Réussi : chaque attente a été satisfaite (%n vérifiée).</numerusform>
            <numerusform>Réussi : chaque attente a été satisfaite (%n vérifiées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpUi::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Proxy Password for %1</source>
        <translation>Mot de passe du proxy pour %1</translation>
    </message>
    <message>
        <source>&amp;Proxy password:</source>
        <translation>Mot de passe du &amp;proxy :</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Key Passphrase for %1</source>
        <translation>Phrase secrète de la clé pour %1</translation>
    </message>
    <message>
        <source>&amp;Key passphrase:</source>
        <translation>Phrase secrète de la &amp;clé :</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
</context>
<context>
    <name>SmtpUi::SessionCloser</name>
    <message>
        <source>Quit SMTP Workbench</source>
        <translation>Quitter SMTP Workbench</translation>
    </message>
    <message>
        <source>1 session is open: quit it?</source>
        <translation>1 session est ouverte : la quitter ?</translation>
    </message>
    <message>
        <source>%1 sessions are open: quit them?</source>
        <translation>%1 sessions sont ouvertes : les quitter ?</translation>
    </message>
    <message>
        <source>Each session says QUIT to its server before the window closes.</source>
        <translation>Chaque session envoie QUIT à son serveur avant que la fenêtre se ferme.</translation>
    </message>
    <message>
        <source>Quit Sessions</source>
        <translation>Quitter les sessions</translation>
    </message>
</context>
<context>
    <name>SmtpUi::SessionSecretsPrompt</name>
    <message>
        <source>The saved secret was confirmed for another destination (%1); it is not sent here unless you type it for this destination, or confirm the new destination in the profile editor.</source>
        <translation>Le secret enregistré a été confirmé pour une autre destination (%1) ; il n&apos;est envoyé ici que si vous le saisissez pour cette destination ou confirmez la nouvelle destination dans l&apos;éditeur de profil.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>No keychain is available, so nothing is saved for this profile.</source>
        <translation>Aucun trousseau n&apos;est disponible, donc rien n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>The server refused the password for %1. Type it again to reconnect.</source>
        <translation>Le serveur a refusé le mot de passe pour %1. Saisissez-le à nouveau pour vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>SmtpUi::SessionTab</name>
    <message>
        <source>%1 port %2 (%3)</source>
        <translation>%1 port %2 (%3)</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1 : terminée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Échec de TLS</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No certificate yet</source>
        <translation>Pas encore de certificat</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>✔ Verified for %1</source>
        <translation>✔ Vérifié pour %1</translation>
    </message>
    <message>
        <source>⚠ Not checked (trusted site). Would have failed: %1</source>
        <translation>⚠ Non vérifié (site de confiance). Aurait échoué : %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>✖ Not verified: %1</source>
        <translation>✖ Non vérifié : %1</translation>
    </message>
    <message>
        <source>Certificate Details: %1</source>
        <translation>Détails du certificat : %1</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>auto (the strongest mechanism both sides offer)</source>
        <translation>auto (le mécanisme le plus fort proposé des deux côtés)</translation>
    </message>
    <message>
        <source>The profile has no user name to authenticate with</source>
        <translation>Le profil n&apos;a pas de nom d&apos;utilisateur pour s&apos;authentifier</translation>
    </message>
    <message>
        <source>Authenticate (AUTH) with the profile&apos;s credentials; mechanism: %1</source>
        <translation>S&apos;authentifier (AUTH) avec les identifiants du profil ; mécanisme : %1</translation>
    </message>
    <message>
        <source>Capabilities over TLS</source>
        <translation>Capacités sous TLS</translation>
    </message>
    <message>
        <source>Authentication failed: the server refused the password.</source>
        <translation>Échec de l&apos;authentification : le serveur a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Type the Password Again…</source>
        <translation>&amp;Saisir à nouveau le mot de passe…</translation>
    </message>
    <message>
        <source>Failed: see the message above the transcript</source>
        <translation>Échec : voir le message au-dessus de la transcription</translation>
    </message>
    <message>
        <source>%1

What the reply means: %2</source>
        <translation>%1

Signification de la réponse : %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Resolving the host name</source>
        <translation>Résolution du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Attente du message d&apos;accueil</translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <translation>Salutation (EHLO)</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Démarrage de TLS</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Envoi du message</translation>
    </message>
    <message>
        <source>Ready for commands</source>
        <translation>Prête pour les commandes</translation>
    </message>
    <message>
        <source>Waiting for the reply</source>
        <translation>Attente de la réponse</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Go to the SMTP Command Field</source>
        <translation>Aller au champ de commande SMTP</translation>
    </message>
</context>
<context>
    <name>SmtpUi::TestSessionSlot</name>
    <message>
        <source>Test: %1</source>
        <translation>Test : %1</translation>
    </message>
</context>
<context>
    <name>SmtpUi::TimingChartWidget</name>
    <message>
        <source>Phase timings</source>
        <translation>Durées des phases</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1 : %2 ms</translation>
    </message>
    <message>
        <source>No timings yet</source>
        <translation>Pas encore de durées</translation>
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
        <translation>Reçu avant TLS : n&apos;importe qui sur le chemin aurait pu écrire ou modifier cette ligne.</translation>
    </message>
    <message>
        <source>Credentials in this line were replaced before it was recorded.</source>
        <translation>Les identifiants de cette ligne ont été remplacés avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more byte(s)</source>
        <translation>
            <numerusform>… et %n octet de plus</numerusform>
            <numerusform>… et %n octets de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpUi::TranscriptView</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Show or hide %1 lines</source>
        <translation>Afficher ou masquer les lignes %1</translation>
    </message>
    <message>
        <source>Show %1 lines</source>
        <translation>Afficher les lignes %1</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Temps relatif</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Heure réelle</translation>
    </message>
    <message>
        <source>Time stamp format</source>
        <translation>Format de l&apos;horodatage</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Rechercher le précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Rechercher le suivant (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Scroll to new lines as they arrive (stops when you scroll up)</source>
        <translation>Défiler vers les nouvelles lignes à leur arrivée (s&apos;arrête si vous remontez)</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <source>Session transcript</source>
        <translation>Transcription de la session</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) are no longer shown here to keep the window responsive; the exported log contains every line.</source>
        <translation>
            <numerusform>%n ligne précédente n&apos;est plus affichée ici pour que la fenêtre reste réactive ; le journal exporté contient toutes les lignes.</numerusform>
            <numerusform>%n lignes précédentes ne sont plus affichées ici pour que la fenêtre reste réactive ; le journal exporté contient toutes les lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>TlsInspection</name>
    <message>
        <source>Cannot write the TLS key log %1: %2</source>
        <translation>Impossible d’écrire le journal de clés TLS %1 : %2</translation>
    </message>
</context>
<context>
    <name>TlsOfferFields</name>
    <message>
        <source>Inherited (TLS %1)</source>
        <translation>Hérité (TLS %1)</translation>
    </message>
    <message>
        <source>The TLS library&apos;s defaults</source>
        <translation>Les valeurs par défaut de la bibliothèque TLS</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>Hérité : %1</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>Cannot read the %1 %2: %3</source>
        <translation>Impossible de lire le fichier %2 (%1) : %3</translation>
    </message>
    <message>
        <source>The %1 %2 is too large to be one.</source>
        <translation>Le fichier %2 (%1) est trop grand pour en être un.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message numerus="yes">
        <source>Trusting %n extra CA certificate(s) from %1.</source>
        <translation>
            <numerusform>%n certificat d&apos;AC supplémentaire de %1 est approuvé.</numerusform>
            <numerusform>%n certificats d&apos;AC supplémentaires de %1 sont approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be opened: wrong password, or not a PKCS#12 file with a certificate and key.</source>
        <translation>Impossible d&apos;ouvrir le fichier PKCS#12 %1 : mot de passe erroné, ou pas un fichier PKCS#12 avec un certificat et une clé.</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificat client %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>The client key in %1 cannot be loaded: wrong passphrase, or no PEM private key there.</source>
        <translation>Impossible de charger la clé client de %1 : phrase secrète erronée, ou aucune clé privée PEM.</translation>
    </message>
    <message>
        <source>Client certificate %1 loaded from %2.</source>
        <translation>Certificat client %1 chargé depuis %2.</translation>
    </message>
    <message>
        <source>Sending no SNI (server name indication).</source>
        <translation>Aucun SNI (indication du nom de serveur) n’est envoyé.</translation>
    </message>
    <message>
        <source>Sending SNI %1; the certificate is verified for %2.</source>
        <translation>Envoi du SNI %1 ; le certificat est vérifié pour %2.</translation>
    </message>
    <message>
        <source>The TLS library does not offer TLS %1 to %2.</source>
        <translation>La bibliothèque TLS ne propose pas TLS %1 à %2.</translation>
    </message>
    <message>
        <source>The TLS library cannot be set up.</source>
        <translation>La bibliothèque TLS ne peut pas être initialisée.</translation>
    </message>
    <message>
        <source>The TLS library knows none of the ciphers %1.</source>
        <translation>La bibliothèque TLS ne connaît aucun des chiffrements %1.</translation>
    </message>
    <message>
        <source>Offering TLS %1 to %2.</source>
        <translation>TLS %1 à %2 proposé.</translation>
    </message>
    <message>
        <source>Offering the ciphers %1.</source>
        <translation>Chiffrements proposés : %1.</translation>
    </message>
    <message>
        <source>Asking for a stapled OCSP response.</source>
        <translation>Demande d’une réponse OCSP agrafée.</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Preferences and window layout cannot be saved: %1 is damaged. Repair or remove it.</source>
        <translation>Les préférences et la disposition de la fenêtre ne peuvent pas être enregistrées : %1 est endommagé. Réparez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>Preferences and window layout cannot be saved: %1 cannot be written.</source>
        <translation>Les préférences et la disposition de la fenêtre ne peuvent pas être enregistrées : impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>XOAuth2Mechanism</name>
    <message>
        <source>The server sent an XOAUTH2 challenge before the credentials.</source>
        <translation>Le serveur a envoyé un défi XOAUTH2 avant les identifiants.</translation>
    </message>
    <message>
        <source>The server sent another XOAUTH2 challenge after its error report.</source>
        <translation>Le serveur a envoyé un autre défi XOAUTH2 après son rapport d&apos;erreur.</translation>
    </message>
</context>
<context>
    <name>Xclient</name>
    <message>
        <source>The XCLIENT attribute &quot;%1&quot; is not NAME=VALUE.</source>
        <translation>L’attribut XCLIENT « %1 » n’est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>The XCLIENT attribute name &quot;%1&quot; is not a word of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Le nom d’attribut XCLIENT « %1 » n’est pas un mot fait de lettres, de chiffres, de « - » et de « _ ».</translation>
    </message>
    <message>
        <source>The XCLIENT attribute %1 %2.</source>
        <translation>L’attribut XCLIENT %1 %2.</translation>
    </message>
    <message>
        <source>XCLIENT needs at least one attribute.</source>
        <translation>XCLIENT demande au moins un attribut.</translation>
    </message>
    <message>
        <source>The XCLIENT line would be %1 octets long; at most %2 are allowed.</source>
        <translation>La ligne XCLIENT ferait %1 octets ; %2 au plus sont permis.</translation>
    </message>
</context>
</TS>

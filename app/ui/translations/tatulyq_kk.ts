<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ActorNames</name>
    <message>
        <source>sign-in as {0}</source>
        <translation>{0} ретінде кіру</translation>
    </message>
    <message>
        <source>{0} (command line)</source>
        <translation>{0} (пәрмен жолы)</translation>
    </message>
    <message>
        <source>monthly package from {0}</source>
        <translation>{0} жіберген айлық пакет</translation>
    </message>
    <message>
        <source>first-start set-up</source>
        <translation>алғашқы іске қосудағы баптау</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>демонстрациялық деректер</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The person who looks after the program here: they add the mediators and other users.</source>
        <translation>Бағдарламаны осы жерде жүргізетін адам: медиаторлар мен басқа пайдаланушыларды ол қосады.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. aliya.s</source>
        <translation>Латын әріптері мен цифрлар, мысалы: aliya.s</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters, with at least one letter and one digit. It also opens the encrypted database: keep it to yourself.</source>
        <translation>Құпиясөзде кемінде {count} таңба, оның ішінде кемінде бір әріп пен бір цифр болуы керек. Ол шифрланған дерекқорды да ашады: оны ешкімге айтпаңыз.</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Before signing</source>
        <translation>Қол қоюдан бұрын</translation>
    </message>
    <message>
        <source>Mediation agreement and term</source>
        <translation>Медиация туралы шарт және мерзім</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Қол қойылған күні:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Аяқталу мерзімі:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Қалған уақыт:</translation>
    </message>
    <message>
        <source>&amp;Sign the mediation agreement…</source>
        <translation>Медиация туралы шартқа &amp;қол қою…</translation>
    </message>
    <message>
        <source>E&amp;xtend the term…</source>
        <translation>&amp;Мерзімді ұзарту…</translation>
    </message>
    <message>
        <source>Record the &amp;proposal…</source>
        <translation>&amp;Ұсынысты тіркеу…</translation>
    </message>
    <message>
        <source>A written proposal to mediate that gets no answer in time counts as refused.</source>
        <translation>Медиация жүргізу туралы жазбаша ұсынысқа мерзімінде жауап берілмесе, бас тарту деп есептеледі.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Мерзімді ұзартулар</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Ұзартылған күні</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>An applicant is on the case</source>
        <translation>Істе өтініш беруші бар</translation>
    </message>
    <message>
        <source>A respondent is on the case</source>
        <translation>Істе жауапкер бар</translation>
    </message>
    <message>
        <source>A mediator is assigned (no conflict declared)</source>
        <translation>Медиатор тағайындалған (мүдделер қақтығысы мәлімделмеген)</translation>
    </message>
    <message>
        <source>No written proposal to mediate recorded.</source>
        <translation>Медиация жүргізу туралы жазбаша ұсыныс тіркелмеген.</translation>
    </message>
    <message>
        <source>Proposal to mediate sent on {sent}; with no answer by {date} it counts as refused.</source>
        <translation>Медиация жүргізу туралы ұсыныс {sent} жіберілді; {date} дейін жауап болмаса, бас тарту деп есептеледі.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>The mediation ended on {date}</source>
        <translation>Медиация {date} аяқталды</translation>
    </message>
    <message>
        <source>The term can be extended {count} time(s) only; no more extensions are possible.</source>
        <translation>Мерзімді тек {count} рет ұзартуға болады; бұдан әрі ұзарту мүмкін емес.</translation>
    </message>
    <message>
        <source>No extensions.</source>
        <translation>Мерзім ұзартылмаған.</translation>
    </message>
    <message>
        <source>Proposal to mediate</source>
        <translation>Медиация жүргізу туралы ұсыныс</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Жіберілген күні</translation>
    </message>
    <message>
        <source>The day the written proposal to mediate was sent to the other side.</source>
        <translation>Медиация жүргізу туралы жазбаша ұсыныс екінші тарапқа жіберілген күн.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a mediator</source>
        <translation>Медиатор тағайындау</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Медиатор</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Мәлімдеме</translation>
    </message>
    <message>
        <source>Assigned &amp;on</source>
        <translation>&amp;Тағайындалған күні</translation>
    </message>
    <message>
        <source>&amp;Nothing prevents the mediator&apos;s impartiality in this case</source>
        <translation>Бұл істе медиатордың бейтараптығына &amp;ештеңе кедергі келтірмейді</translation>
    </message>
    <message>
        <source>Something &amp;prevents impartiality: the mediator must decline</source>
        <translation>Бейтараптыққа &amp;кедергі бар: медиатор бас тартуы тиіс</translation>
    </message>
    <message>
        <source>What prevents impartiality (required with a conflict)</source>
        <translation>Бейтараптыққа не кедергі келтіреді (қақтығыс болса, міндетті)</translation>
    </message>
    <message>
        <source>&amp;Lead mediator (otherwise a co-mediator)</source>
        <translation>&amp;Жетекші медиатор (әйтпесе — қосымша медиатор)</translation>
    </message>
    <message>
        <source>No mediator can be chosen: every active mediator of your unit is already on this case, or there is none yet. Add mediators on the Mediators page.</source>
        <translation>Медиатор таңдау мүмкін емес: бөлімшеңіздің барлық белсенді медиаторы осы іске тағайындалып қойған немесе әлі бірде-бір медиатор жоқ. Медиаторларды «Медиаторлар» бетінде қосыңыз.</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Істі ашу үшін екі рет шертіңіз немесе Enter пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Every change and every opening of a party&apos;s personal data, with who and when. The entries are chained so that an entry removed or changed outside the program is detected.</source>
        <translation>Әрбір өзгеріс пен тараптың дербес деректерінің әр ашылуы: кім және қашан. Жазбалар бір-біріне тізбектеп байланған, сондықтан бағдарламадан тыс жойылған немесе өзгертілген жазба анықталады.</translation>
    </message>
    <message>
        <source>Open the audit &amp;trail…</source>
        <translation>Аудит &amp;журналын ашу…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Opened personal data</source>
        <translation>Дербес деректер ашылды</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Audit trail — Tatulyq</source>
        <translation>Аудит журналы — Tatulyq</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Кезең</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пайдаланушы</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>Іс &amp;нөмірі</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write the entries the filters select to a file that Excel opens</source>
        <translation>Сүзгілер таңдаған жазбаларды Excel ашатын файлға жазу</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>Тізбекті &amp;тексеру</translation>
    </message>
    <message>
        <source>Make sure no entry of the trail was removed or changed outside the program</source>
        <translation>Журналдағы бірде-бір жазба бағдарламадан тыс жойылмағанына немесе өзгертілмегеніне көз жеткізу</translation>
    </message>
    <message>
        <source>{kind}: {record}</source>
        <translation>{kind}: {record}</translation>
    </message>
    <message>
        <source>Entries: {total}; the newest {shown} are shown. Narrow the filters to see the rest.</source>
        <translation>Жазбалар: {total}; ең соңғы {shown} жазба көрсетілген. Қалғанын көру үшін сүзгілерді нақтылаңыз.</translation>
    </message>
    <message>
        <source>Entries: {total}</source>
        <translation>Жазбалар: {total}</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>{count} entries were written to {path}.</source>
        <translation>{path} файлына жазылған жазбалар: {count}.</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Тізбек тексерілуде…</translation>
    </message>
    <message>
        <source>The chain checks out: none of the {count} entries was removed or changed.</source>
        <translation>Тізбек дұрыс: {count} жазбаның бірде-бірі жойылмаған және өзгертілмеген.</translation>
    </message>
    <message>
        <source>The chain does not check out from entry {seq} on: an entry was removed or changed outside the program. Tell the administrator; `tatulyq db check` gives the details.</source>
        <translation>Тізбек {seq} жазбадан бастап бұзылған: бір жазба бағдарламадан тыс жойылған немесе өзгертілген. Әкімшіге хабарлаңыз; толық мәліметті `tatulyq db check` береді.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>The database is on a server. Back it up with the server&apos;s own tools (pg_dump); the program keeps no copies of it.</source>
        <translation>Дерекқор серверде орналасқан. Оның сақтық көшірмесін сервердің өз құралдарымен (pg_dump) жасаңыз; бағдарлама оның көшірмелерін сақтамайды.</translation>
    </message>
    <message>
        <source>Every day the program keeps a copy of the database in {folder}, and it makes one before every update of the program and before every restore. Copy the database to a USB stick from time to time and keep it in another building.</source>
        <translation>Бағдарлама күн сайын дерекқордың көшірмесін {folder} қалтасында сақтайды, сондай-ақ бағдарламаны әр жаңарту мен әр қалпына келтіру алдында көшірме жасайды. Дерекқорды анда-санда USB жинақтауышқа көшіріп, оны басқа ғимаратта сақтаңыз.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>&amp;Copy to a folder…</source>
        <translation>Қалтаға &amp;көшіру…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to a folder, a USB stick</source>
        <translation>Дерекқордың тексерілген көшірмесін қалтаға немесе USB жинақтауышқа жазу</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>Таңдалған көшірмені &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>&amp;Файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <source>Daily backups kept (the newest days)</source>
        <translation>Сақталатын күнделікті көшірмелер (соңғы күндер)</translation>
    </message>
    <message>
        <source>Weekly backups kept (the newest of each week)</source>
        <translation>Сақталатын апталық көшірмелер (әр аптаның соңғысы)</translation>
    </message>
    <message>
        <source>Monthly backups kept (the newest of each month)</source>
        <translation>Сақталатын айлық көшірмелер (әр айдың соңғысы)</translation>
    </message>
    <message>
        <source>Save the &amp;number of backups</source>
        <translation>Көшірмелер &amp;санын сақтау</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Күнделікті</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Жаңарту алдында</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Folder for the copy of the database</source>
        <translation>Дерекқор көшірмесіне арналған қалта</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Дерекқор көшірілуде…</translation>
    </message>
    <message>
        <source>A checked copy is written to {path}. It holds {cases} cases.</source>
        <translation>Тексерілген көшірме {path} файлына жазылды. Онда {cases} іс бар.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Қалпына келтірілетін көшірме</translation>
    </message>
    <message>
        <source>Tatulyq databases (*.db);;All files (*)</source>
        <translation>Tatulyq дерекқорлары (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>Restore the database from this backup?

Made on: {made}
Schema: {revision}
Cases: {cases}; parties: {parties}; consultations: {consultations}

Everything entered after that moment will be gone from the database. The database as it is now is saved first in {folder}. After the restore Tatulyq closes; start it again.</source>
        <translation>Дерекқорды осы сақтық көшірмеден қалпына келтіресіз бе?

Жасалған уақыты: {made}
Схема: {revision}
Істер: {cases}; тараптар: {parties}; консультациялар: {consultations}

Осы сәттен кейін енгізілгеннің бәрі дерекқордан жойылады. Қазіргі дерекқор алдымен {folder} қалтасына сақталады. Қалпына келтіргеннен кейін Tatulyq жабылады; оны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The database is restored from {source}. The database as it was is saved as {saved}. Tatulyq closes now; start it again.</source>
        <translation>Дерекқор {source} файлынан қалпына келтірілді. Бұрынғы дерекқор {saved} болып сақталды. Tatulyq қазір жабылады; оны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Kept from now on: {daily} daily, {weekly} weekly and {monthly} monthly backups.</source>
        <translation>Бұдан былай сақталатыны: {daily} күнделікті, {weekly} апталық және {monthly} айлық көшірме.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Tatulyq</source>
        <translation>Tatulyq</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>&amp;Дау</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Тараптар</translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation>&amp;Медиаторлар</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Шарт</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Кездесулер</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>Кел&amp;ісім</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the dispute (Ctrl+S)</source>
        <translation>Дауды сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Өзгерістерді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Put back the dispute as it was last saved</source>
        <translation>Дауды соңғы сақталған күйіне қайтару</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the case (Esc); unsaved changes are asked about</source>
        <translation>Іс терезесін жабу (Esc); сақталмаған өзгерістер болса, сұрайды</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Somebody else saved this case after you opened it, so your changes were not saved. They are still here.</source>
        <translation>Сіз ашқаннан кейін бұл істі басқа біреу сақтады, сондықтан Сіздің өзгерістеріңіз сақталмады. Олар әлі осында тұр.</translation>
    </message>
    <message>
        <source>&amp;Load their changes and keep mine</source>
        <translation>Олардың өзгерістерін &amp;алып, менікін сақтау</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сақтап жабу</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Іс қолжетімсіз</translation>
    </message>
    <message>
        <source>Case not available{modified} — Tatulyq</source>
        <translation>Іс қолжетімсіз{modified} — Tatulyq</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Әлі тіркелмеген</translation>
    </message>
    <message>
        <source>New case{modified} — Tatulyq</source>
        <translation>Жаңа іс{modified} — Tatulyq</translation>
    </message>
    <message>
        <source>Case {number}{modified} — Tatulyq</source>
        <translation>Іс {number}{modified} — Tatulyq</translation>
    </message>
    <message>
        <source>Deadline {date}: {left}</source>
        <translation>Мерзімі {date}: {left}</translation>
    </message>
    <message>
        <source>Save the dispute first.</source>
        <translation>Алдымен дауды сақтаңыз.</translation>
    </message>
    <message>
        <source>This case could not be opened. Close this window and open it again from the list.</source>
        <translation>Бұл істі ашу мүмкін болмады. Осы терезені жауып, істі тізімнен қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Fill in the dispute and press Save (Ctrl+S) to register the case.</source>
        <translation>Істі тіркеу үшін дау туралы мәліметтерді толтырып, «Сақтау» (Ctrl+S) батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Next: add the applicant and the respondent on the Parties tab.</source>
        <translation>Келесі қадам: «Тараптар» қойындысында өтініш беруші мен жауапкерді қосыңыз.</translation>
    </message>
    <message>
        <source>Next: assign a mediator on the Mediators tab.</source>
        <translation>Келесі қадам: «Медиаторлар» қойындысында медиатор тағайындаңыз.</translation>
    </message>
    <message>
        <source>Next: sign the mediation agreement on the Agreement tab.</source>
        <translation>Келесі қадам: «Шарт» қойындысында медиация туралы шартқа қол қойыңыз.</translation>
    </message>
    <message>
        <source>In mediation: log each session; record the outcome when it ends.</source>
        <translation>Медиация жүріп жатыр: әр кездесуді тіркеңіз; медиация аяқталғанда нәтижесін жазыңыз.</translation>
    </message>
    <message>
        <source>Follow-up: check each obligation on the Settlement tab, then close the case.</source>
        <translation>Орындалуын қадағалау: «Келісім» қойындысында әр міндеттемені тексеріп, содан кейін істі жабыңыз.</translation>
    </message>
    <message>
        <source>This case is final; its record can no longer change.</source>
        <translation>Бұл іс аяқталған; оның деректері енді өзгертілмейді.</translation>
    </message>
    <message>
        <source>Unsaved changes from {when} were brought back from a draft. Save them, or discard them to go back to what was saved.</source>
        <translation>{when} енгізілген сақталмаған өзгерістер жобадан қалпына келтірілді. Оларды сақтаңыз немесе сақталған нұсқаға оралу үшін жойыңыз.</translation>
    </message>
    <message>
        <source>The case is registered as {number}.</source>
        <translation>Іс {number} нөмірімен тіркелді.</translation>
    </message>
    <message>
        <source>The dispute now shows what was saved meanwhile, with your changes on top. Check it and press Save.</source>
        <translation>Дау бөлімінде енді осы аралықта сақталған деректер Сіздің өзгерістеріңізбен бірге көрсетілді. Тексеріп, «Сақтау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This new case is not registered yet. Save it before closing?</source>
        <translation>Бұл жаңа іс әлі тіркелмеген. Жабар алдында сақтайсыз ба?</translation>
    </message>
    <message>
        <source>The dispute of this case has unsaved changes. Save them before closing?</source>
        <translation>Осы істің дау бөлімінде сақталмаған өзгерістер бар. Жабар алдында сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Case number, a party&apos;s name or words of the description</source>
        <translation>Іс нөмірі, тараптың аты немесе сипаттамадағы сөздер</translation>
    </message>
    <message>
        <source>Results appear as you type; any letter case, Kazakh and Russian letters. Enter or Down moves to the list (Ctrl+F comes back here, Esc clears).</source>
        <translation>Нәтижелер теру барысында шығады; бас әріп пен кіші әріптің айырмасы жоқ, қазақ және орыс әріптері. Enter немесе Down тізімге өтеді (Ctrl+F осында қайтарады, Esc тазартады).</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Сүзгілерді &amp;тазарту</translation>
    </message>
    <message>
        <source>Show all cases again: empty the search and reset every filter</source>
        <translation>Барлық істерді қайта көрсету: іздеуді тазартып, барлық сүзгіні бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Кезеңі:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>Open cases (not closed)</source>
        <translation>Аяқталмаған істер (жабылмаған)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>&amp;Медиатор:</translation>
    </message>
    <message>
        <source>Intake &amp;period:</source>
        <translation>Қабылданған &amp;кезең:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Кез келген уақыт</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Соңғы 12 ай</translation>
    </message>
    <message>
        <source>Chosen dates…</source>
        <translation>Таңдалған күндер…</translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation>Осы күні немесе одан кейін қабылданған</translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation>Осы күні немесе одан бұрын қабылданған</translation>
    </message>
    <message>
        <source>Inter-&amp;ethnic</source>
        <translation>&amp;Ұлтаралық</translation>
    </message>
    <message>
        <source>Only disputes with an inter-ethnic dimension</source>
        <translation>Тек ұлтаралық сипаты бар даулар</translation>
    </message>
    <message>
        <source>&amp;Group dispute</source>
        <translation>&amp;Топтық дау</translation>
    </message>
    <message>
        <source>Only group disputes (many people)</source>
        <translation>Тек топтық даулар (көп адам)</translation>
    </message>
    <message>
        <source>M&amp;inors involved</source>
        <translation>Кәмелетке толмағандар &amp;қатысады</translation>
    </message>
    <message>
        <source>Only disputes where minors are involved</source>
        <translation>Тек кәмелетке толмағандар қатысатын даулар</translation>
    </message>
    <message>
        <source>&amp;High risk</source>
        <translation>&amp;Жоғары қауіп</translation>
    </message>
    <message>
        <source>Only disputes with a high risk of escalation</source>
        <translation>Тек ушығу қаупі жоғары даулар</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Тек мерзімі &amp;өткендер</translation>
    </message>
    <message>
        <source>Only cases in mediation whose term has run out</source>
        <translation>Тек медиация мерзімі өтіп кеткен істер</translation>
    </message>
    <message>
        <source>Any mediator</source>
        <translation>Кез келген медиатор</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (белсенді емес)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Click to sort by this column; click again to reverse the order</source>
        <translation>Осы баған бойынша сұрыптау үшін басыңыз; ретін керісінше ауыстыру үшін тағы басыңыз</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Бұл бағанды сұрыптауға болмайды</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілері</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Days overdue: {days}</source>
        <translation>Мерзімі өткен күндер: {days}</translation>
    </message>
    <message>
        <source>Days left: {days}</source>
        <translation>Қалған күндер: {days}</translation>
    </message>
    <message>
        <source>The mediation must end by {date} (its term from the mediation agreement, with extensions)</source>
        <translation>Медиация {date} күнге дейін аяқталуы тиіс (медиация туралы шарттан бастап есептелген мерзім, ұзартуларды қоса алғанда)</translation>
    </message>
    <message>
        <source>Inter-ethnic</source>
        <translation>Ұлтаралық</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Ұлтаралық сипаты</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топтық</translation>
    </message>
    <message>
        <source>Group dispute (many people)</source>
        <translation>Топтық дау (көп адам)</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Кәмелетке толмағандар</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Кәмелетке толмағандар қатысады</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Жоғары қауіп</translation>
    </message>
    <message>
        <source>High risk of escalation</source>
        <translation>Ушығу қаупі жоғары</translation>
    </message>
    <message>
        <source>Enter or double-click opens the case</source>
        <translation>Enter немесе екі рет басу істі ашады</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Жаңа іс</translation>
    </message>
    <message>
        <source>Register a new dispute (Ctrl+N)</source>
        <translation>Жаңа дауды тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>E&amp;xcel-ден импорттау…</translation>
    </message>
    <message>
        <source>Bring in the cases of a register kept in Excel or CSV</source>
        <translation>Excel немесе CSV-де жүргізілген тізілімнің істерін бағдарламаға енгізу</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеп жатыр…</translation>
    </message>
    <message>
        <source>Enter or double-click opens the selected case</source>
        <translation>Enter немесе екі рет басу таңдалған істі ашады</translation>
    </message>
    <message>
        <source>Cases found: {count}</source>
        <translation>Табылған істер: {count}</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register the first one.</source>
        <translation>Әзірге іс жоқ. Алғашқысын тіркеу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No case matches the search and the filters. Change them, or press &quot;Clear filters&quot; to see every case.</source>
        <translation>Іздеу мен сүзгілерге сай іс жоқ. Оларды өзгертіңіз немесе барлық істі көру үшін «Сүзгілерді тазарту» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Жолдарды тексеру</translation>
    </message>
    <message>
        <source>Every row is checked by the rules of the case editor. Nothing is written yet.</source>
        <translation>Әр жол іс редакторының ережелерімен тексеріледі. Әзірге ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Rows with problems, and why:</source>
        <translation>Қатесі бар жолдар және себебі:</translation>
    </message>
    <message>
        <source>Rows already in the register (they will not be added again):</source>
        <translation>Бағдарламада бұрыннан бар істер (қайта қосылмайды):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Rows read: {rows}. New cases: {new}. Already in the register: {matches}. Rows with problems: {problems}.</source>
        <translation>Оқылған жолдар: {rows}. Жаңа істер: {new}. Бағдарламада бұрыннан бар: {matches}. Қатесі бар жолдар: {problems}.</translation>
    </message>
    <message>
        <source>There is nothing to add: no row is both correct and new.</source>
        <translation>Қосатын ештеңе жоқ: әрі дұрыс, әрі жаңа жол жоқ.</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows have problems. Correct them in the file and read it again, or go back and choose to import the good rows.</source>
        <translation>Қатесі бар жолдар тұрғанда ештеңе импортталмайды. Оларды файлда түзетіп, файлды қайта оқыңыз немесе артқа оралып, дұрыс жолдарды ғана импорттауды таңдаңыз.</translation>
    </message>
    <message>
        <source>Press Import to add {count} cases; the rows with problems will be left out.</source>
        <translation>{count} істі қосу үшін «Импорттау» батырмасын басыңыз; қатесі бар жолдар қалдырылады.</translation>
    </message>
    <message>
        <source>Every row is correct. Press Import to add {count} cases.</source>
        <translation>Барлық жол дұрыс. {count} істі қосу үшін «Импорттау» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <source>Each column of the register fills one field of a case. The program guessed from the headers; correct what is wrong. A column left as “not imported” is skipped.</source>
        <translation>Тізілімнің әр бағаны істің бір өрісін толтырады. Бағдарлама тақырыптарға қарап болжады; қатесін түзетіңіз. «Импортталмайды» деп қалдырылған баған ескерілмейді.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Алғашқы мәндер</translation>
    </message>
    <message>
        <source>Field of the case</source>
        <translation>Істің өрісі</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <source>Choose the column of: {fields}. Without it no case can be imported.</source>
        <translation>Мына өрістің бағанын таңдаңыз: {fields}. Онсыз бірде-бір іс импортталмайды.</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>On time: the month was sent by the deadline day of the next month (a setting). Only units open during a month are expected to send it.</source>
        <translation>Уақытында: ай келесі айдың белгіленген күніне дейін жіберілген (баптауларда). Айды тек сол айда жұмыс істеген бөлімшелер жіберуге тиіс.</translation>
    </message>
    <message>
        <source>No unit sends its monthly packages to this unit, so there is nothing to count here. At a regional or the republican council the grid shows every unit below it.</source>
        <translation>Бұл бөлімшеге ешбір бөлімше айлық пакет жібермейді, сондықтан мұнда санайтын ештеңе жоқ. Өңірлік немесе республикалық кеңесте кестеде оған бағынатын барлық бөлімшелер көрсетіледі.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>{month}: on time if sent by {deadline}</source>
        <translation>{month}: {deadline} дейін жіберілсе — уақытында</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілетіні</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Уақытында</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешіккен</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жіберілмеді</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>Түзету нөмірі: {revision}</translation>
    </message>
    <message>
        <source>Completed by the unit: {when}</source>
        <translation>Бөлімше аяқтаған уақыт: {when}</translation>
    </message>
    <message>
        <source>Received here: {when}</source>
        <translation>Мұнда қабылданған уақыт: {when}</translation>
    </message>
    <message>
        <source>{month}: expected {expected}, on time {on_time}, late {late}, missing {missing}.</source>
        <translation>{month}: күтілетіні — {expected}, уақытында — {on_time}, кешіккені — {late}, жіберілмегені — {missing}.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Log a consultation</source>
        <translation>Консультацияны тіркеу</translation>
    </message>
    <message>
        <source>An appeal answered at the consultation stage. Type the first letters to choose in a list, Tab to move on, Enter to save. Esc closes.</source>
        <translation>Консультация кезеңінде жауап берілген өтініш. Тізімнен таңдау үшін алғашқы әріптерін теріңіз; Tab — келесі өріске өту, Enter — сақтау, Esc — терезені жабу.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Медиатор</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тақырыбы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;ілі</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>Ж&amp;ас тобы</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Inter-ethnic dimension</source>
        <translation>&amp;Ұлтаралық сипаты</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Choose: type the first letters</source>
        <translation>Таңдаңыз: алғашқы әріптерін теріңіз</translation>
    </message>
    <message>
        <source>One line about the question; no names or phone numbers</source>
        <translation>Мәселе туралы бір жол; аты-жөнін, телефон нөмірін жазбаңыз</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save this consultation and clear the form for the next (Enter)</source>
        <translation>Осы консультацияны сақтап, форманы келесісі үшін тазарту (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Осы терезені жабу (Esc)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(белгіленбеген)</translation>
    </message>
    <message>
        <source>Logged in this window: {count}</source>
        <translation>Осы терезеде тіркелгені: {count}</translation>
    </message>
    <message>
        <source>Choose the topic: type its first letters, or press Alt+Down to see the list.</source>
        <translation>Тақырыбын таңдаңыз: алғашқы әріптерін теріңіз немесе тізімді ашу үшін Alt+↓ пернелерін басыңыз.</translation>
    </message>
    <message>
        <source>Choose the result: type its first letters, or press Alt+Down to see the list.</source>
        <translation>Нәтижесін таңдаңыз: алғашқы әріптерін теріңіз немесе тізімді ашу үшін Alt+↓ пернелерін басыңыз.</translation>
    </message>
    <message>
        <source>Saved: {topic}, {result}, {date}. Log the next one, or press Esc to close.</source>
        <translation>Сақталды: {topic}, {result}, {date}. Келесісін тіркеңіз немесе терезені жабу үшін Esc пернесін басыңыз.</translation>
    </message>
    <message>
        <source>This consultation is not saved. Press Enter to save it, or Esc again to close without it.</source>
        <translation>Бұл консультация сақталған жоқ. Сақтау үшін Enter пернесін басыңыз, ал сақтамай жабу үшін Esc пернесін тағы бір рет басыңыз.</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Жүгінуші</translation>
    </message>
    <message>
        <source>Inter-ethnic</source>
        <translation>Ұлтаралық</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Кезең</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Log a consultation (F3)</source>
        <translation>Консультацияны тіркеу (F3)</translation>
    </message>
    <message>
        <source>Open the quick log; F3 opens it from any page</source>
        <translation>Жылдам тіркеу терезесін ашу; F3 пернесі оны кез келген беттен ашады</translation>
    </message>
    <message>
        <source>Consultations in the period</source>
        <translation>Кезең ішіндегі консультациялар</translation>
    </message>
    <message>
        <source>The period ends before it starts. Change the dates above.</source>
        <translation>Кезеңнің аяқталу күні басталу күнінен бұрын тұр. Жоғарыдағы күндерді түзетіңіз.</translation>
    </message>
    <message>
        <source>No consultations logged from {start} to {end}. Press F3 to log one: it takes a minute.</source>
        <translation>{start} күнінен {end} күніне дейін тіркелген консультация жоқ. Тіркеу үшін F3 пернесін басыңыз: бұған бір минуттай уақыт кетеді.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>{count} days left</source>
        <translation>{count} күн қалды</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін бітеді</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>Мерзімінен {count} күн кешікті</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines and calendar</source>
        <translation>Мерзімдер және күнтізбе</translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation>Апта ішіндегі кездесулер</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>Needs attention on {date}</source>
        <translation>{date} жағдай бойынша назар аударуды қажет ететіндер</translation>
    </message>
    <message>
        <source>Needs attention on {date}: {count}</source>
        <translation>{date} жағдай бойынша назар аударуды қажет ететіндер: {count}</translation>
    </message>
    <message>
        <source>Nothing needs attention on {date}.</source>
        <translation>{date} жағдай бойынша назар аударуды қажет ететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Past the term ({count})</source>
        <translation>Мерзімі өткен істер ({count})</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Мерзімі біткен күн</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Кешіккен күн саны</translation>
    </message>
    <message>
        <source>No case in mediation is past its term.</source>
        <translation>Медиациядағы істердің ешқайсысының мерзімі өткен жоқ.</translation>
    </message>
    <message>
        <source>Term ends within {days} days ({count})</source>
        <translation>Мерзімі {days} күн ішінде бітетін істер ({count})</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Мерзімі бітетін күн</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>No term ends in the next {days} days.</source>
        <translation>Алдағы {days} күнде мерзімі бітетін іс жоқ.</translation>
    </message>
    <message>
        <source>Proposals unanswered over {days} days ({count})</source>
        <translation>{days} күннен астам жауапсыз қалған ұсыныстар ({count})</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Ұсыныс жіберілген күн</translation>
    </message>
    <message>
        <source>Answer was due</source>
        <translation>Жауап беру мерзімі</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>Кешіккен күн саны</translation>
    </message>
    <message>
        <source>No proposal to mediate has waited more than {days} days for an answer (the law counts such a proposal as refused).</source>
        <translation>Медиацияға ұсыныстардың ешқайсысы {days} күннен артық жауапсыз қалған жоқ (заң бойынша мұндай ұсыныс қабылданбаған деп есептеледі).</translation>
    </message>
    <message>
        <source>The law counts a proposal to mediate left without an answer for {days} days as refused.</source>
        <translation>Заң бойынша {days} күн ішінде жауап берілмеген медиацияға ұсыныс қабылданбаған деп есептеледі.</translation>
    </message>
    <message>
        <source>Obligations due or overdue ({count})</source>
        <translation>Орындау мерзімі жақындаған немесе өткен міндеттемелер ({count})</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>{days} күн кешікті</translation>
    </message>
    <message>
        <source>No obligation of a settlement agreement falls due in the next {days} days.</source>
        <translation>Дауды реттеу туралы келісімдер бойынша алдағы {days} күнде орындау мерзімі келетін міндеттеме жоқ.</translation>
    </message>
</context>
<context>
    <name>DisputeTab</name>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>&amp;Intake date</source>
        <translation>Қабылданған &amp;күні</translation>
    </message>
    <message>
        <source>&amp;How it came</source>
        <translation>Қайдан &amp;түсті</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Санаты</translation>
    </message>
    <message>
        <source>&amp;Legal area</source>
        <translation>&amp;Құқық саласы</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the mediation</source>
        <translation>Медиация т&amp;ілі</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>&amp;Risk of escalation</source>
        <translation>&amp;Шиеленісу қаупі</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Си&amp;паттамасы</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Ұлтаралық сипаты бар</translation>
    </message>
    <message>
        <source>Group dispute (many people)</source>
        <translation>Топтық дау (көп адам)</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Кәмелетке толмағандар қатысады</translation>
    </message>
    <message>
        <source>Recurrence of an earlier dispute</source>
        <translation>Бұрынғы даудың қайталануы</translation>
    </message>
    <message>
        <source>What the dispute is about, in a few sentences. Nothing said in mediation goes here.</source>
        <translation>Дау не туралы екенін бірнеше сөйлеммен жазыңыз. Медиация барысында айтылғандар мұнда жазылмайды.</translation>
    </message>
    <message>
        <source>The day the dispute came to the service; not later than today.</source>
        <translation>Дау қызметке түскен күн; бүгіннен кеш болмауы тиіс.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>The case is final; its dispute can no longer change.</source>
        <translation>Іс аяқталған; дау туралы мәліметтер енді өзгертілмейді.</translation>
    </message>
    <message>
        <source>Corrections here are saved with Save (Ctrl+S).</source>
        <translation>Мұндағы түзетулер «Сақтау» (Ctrl+S) арқылы сақталады.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Mediation agreement</source>
        <translation>Медиация туралы шарт</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Дауды реттеу туралы келісім</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>{document} — case {number} — Tatulyq</source>
        <translation>{document} — {number} ісі — Tatulyq</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Құжаттың &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <source>Save a copy of the document where you choose (Ctrl+S)</source>
        <translation>Құжаттың көшірмесін өзіңіз таңдаған жерге сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the document to sign (Ctrl+P)</source>
        <translation>Қол қою үшін құжатты басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Алдын ала қарауды жабу (Esc)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Sent to the printer: {name}</source>
        <translation>Принтерге жіберілді: {name}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Mediation agreement</source>
        <translation>Медиация туралы шарт</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Дауды реттеу туралы келісім</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>The parties and the mediator named below have concluded this agreement in accordance with the Law of the Republic of Kazakhstan of 28 January 2011 No. 401-IV &quot;On Mediation&quot; as follows.</source>
        <translation>Төменде аталған тараптар мен медиатор «Медиация туралы» Қазақстан Республикасының 2011 жылғы 28 қаңтардағы № 401-IV Заңына сәйкес осы шартты төмендегілер туралы жасасты.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Тараптар</translation>
    </message>
    <message>
        <source>2. The mediator</source>
        <translation>2. Медиатор</translation>
    </message>
    <message>
        <source>Mediation service: {unit}.</source>
        <translation>Медиация қызметі: {unit}.</translation>
    </message>
    <message>
        <source>Category of the dispute: {category}.</source>
        <translation>Дау санаты: {category}.</translation>
    </message>
    <message>
        <source>Description of the dispute:</source>
        <translation>Даудың сипаттамасы:</translation>
    </message>
    <message>
        <source>3. Subject of the dispute</source>
        <translation>3. Даудың мәні</translation>
    </message>
    <message>
        <source>The term of the mediation, counted in calendar days from the day this agreement is signed, is {days}.</source>
        <translation>Медиацияның осы шартқа қол қойылған күннен бастап күнтізбелік күнмен есептелетін мерзімі – {days}.</translation>
    </message>
    <message>
        <source>The term may be extended only with the written consent of the parties.</source>
        <translation>Мерзім тараптардың жазбаша келісімімен ғана ұзартылуы мүмкін.</translation>
    </message>
    <message>
        <source>The term has been extended with the consent of the parties.</source>
        <translation>Медиация мерзімі тараптардың келісімімен ұзартылды.</translation>
    </message>
    <message>
        <source>The last day of the mediation term is {date}.</source>
        <translation>Медиация мерзімінің соңғы күні – {date}.</translation>
    </message>
    <message>
        <source>The mediator works free of charge: the parties pay nothing for the mediation.</source>
        <translation>Медиатор өз қызметін өтеусіз негізде жүзеге асырады: тараптар медиация үшін ақы төлемейді.</translation>
    </message>
    <message>
        <source>The remuneration of the professional mediator and the costs of the mediation, if any, are set by a separate written agreement of the parties and the mediator.</source>
        <translation>Кәсіби медиатордың сыйақысы және медиация жүргізуге байланысты шығыстар, егер олар болса, тараптар мен медиатордың жеке жазбаша келісімімен айқындалады.</translation>
    </message>
    <message>
        <source>The mediation is based on the principles of voluntariness, equality of the parties, independence and impartiality of the mediator, non-interference in the mediation procedure, and confidentiality.</source>
        <translation>Медиация еріктілік, тараптардың тең құқықтылығы, медиатордың тәуелсіздігі мен бейтараптығы, медиация рәсіміне араласуға жол бермеу және құпиялылық қағидаттары негізінде жүргізіледі.</translation>
    </message>
    <message>
        <source>The parties take part in the mediation voluntarily. Either party may withdraw from the mediation at any stage by informing the mediator and the other party in writing.</source>
        <translation>Тараптар медиацияға өз еріктерімен қатысады. Тараптардың әрқайсысы медиаторды және екінші тарапты жазбаша хабардар ете отырып, кез келген сатыда медиациядан бас тартуға құқылы.</translation>
    </message>
    <message>
        <source>The mediator is independent and impartial, does not decide the dispute for the parties and represents neither of them. The mediator has declared that no circumstances prevent impartiality in this dispute; should such circumstances arise, the mediator shall inform the parties at once and withdraw from the mediation.</source>
        <translation>Медиатор тәуелсіз әрі бейтарап, дауды тараптардың орнына шешпейді және олардың ешқайсысының өкілі болып табылмайды. Медиатор осы дауда өзінің бейтараптығына кедергі келтіретін мән-жайлардың жоқ екенін мәлімдеді; ондай мән-жайлар туындаған жағдайда медиатор бұл туралы тараптарға дереу хабарлайды және медиацияға қатысуын тоқтатады.</translation>
    </message>
    <message>
        <source>Information that becomes known in the course of the mediation is confidential: the mediator and the parties shall not disclose it without the consent of the parties, except in the cases provided for by law. The mediator may not be questioned as a witness about circumstances that became known in connection with the mediation.</source>
        <translation>Медиация барысында белгілі болған мәліметтер құпия болып табылады: медиатор мен тараптар заңда көзделген жағдайларды қоспағанда, оларды тараптардың келісімінсіз жария етпейді. Медиатордан медиация жүргізуге байланысты өзіне белгілі болған мән-жайлар туралы куә ретінде жауап алуға болмайды.</translation>
    </message>
    <message>
        <source>The mediation ends when the parties sign a settlement agreement, when a party or the mediator refuses in writing to continue it, or when its term expires.</source>
        <translation>Медиация тараптар дауды реттеу туралы келісімге қол қойған кезде, тарап немесе медиатор медиацияны жалғастырудан жазбаша бас тартқан жағдайда не оның мерзімі өткен кезде тоқтатылады.</translation>
    </message>
    <message>
        <source>This agreement takes effect when signed. It is made in copies of equal legal force, one for each party and one for the mediator.</source>
        <translation>Осы шарт қол қойылған сәттен бастап күшіне енеді. Шарт бірдей заңды күші бар даналарда, әр тарапқа және медиаторға бір данадан жасалды.</translation>
    </message>
    <message>
        <source>4. Terms of the mediation</source>
        <translation>4. Медиацияның талаптары</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>Телефоны, электрондық поштасы</translation>
    </message>
    <message>
        <source>Taking part in the case as</source>
        <translation>Іске қатысу мәртебесі</translation>
    </message>
    <message>
        <source>Collects and processes the data</source>
        <translation>Деректерді жинайтын және өңдейтін ұйым</translation>
    </message>
    <message>
        <source>I agree that my ethnicity is recorded</source>
        <translation>ұлтымды көрсетуге келісемін</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>келіспеймін</translation>
    </message>
    <message>
        <source>Ethnicity is recorded only if I wish to state it (tick one):</source>
        <translation>Ұлтым өзім қаласам ғана көрсетіледі (біреуін белгілеңіз):</translation>
    </message>
    <message>
        <source>Personal data: surname, first name and patronymic; IIN, date of birth and sex; address; telephone and e-mail; language of communication; information about the dispute and my part in the mediation.</source>
        <translation>Дербес деректер: тегі, аты, әкесінің аты; ЖСН, туған күні және жынысы; мекенжайы; телефоны және электрондық поштасы; қарым-қатынас тілі; дау және менің медиацияға қатысуым туралы мәліметтер.</translation>
    </message>
    <message>
        <source>Purpose: the mediation of the dispute in case No. {number} (registering the case, organising and holding the mediation, drawing up its documents, following up the fulfilment of the settlement agreement), and statistical reporting, for which my data are used only in de-identified form, without my name, IIN or contacts.</source>
        <translation>Мақсаты: № {number} іс бойынша медиация жүргізу (істі тіркеу, медиацияны ұйымдастыру және өткізу, оның құжаттарын ресімдеу, дауды реттеу туралы келісімнің орындалуын қадағалау), сондай-ақ статистикалық есептілік; есептілік үшін менің деректерім тегімсіз, ЖСН-сіз және байланыс деректерінсіз, тек иесіздендірілген түрде пайдаланылады.</translation>
    </message>
    <message>
        <source>Actions with the data: collection, recording, storage, updating, use, de-identification, blocking and destruction. The data are not passed to third persons, except in the cases provided for by the laws of the Republic of Kazakhstan.</source>
        <translation>Деректермен жасалатын әрекеттер: жинау, жазу, сақтау, өзгерту, пайдалану, иесіздендіру, бұғаттау және жою. Деректер Қазақстан Республикасының заңнамасында көзделген жағдайларды қоспағанда, үшінші тұлғаларға берілмейді.</translation>
    </message>
    <message>
        <source>My personal data are stored in the territory of the Republic of Kazakhstan and protected against unauthorised access, loss and disclosure for as long as the purpose above requires and the law provides.</source>
        <translation>Менің дербес деректерім Қазақстан Республикасының аумағында сақталады және жоғарыда көрсетілген мақсатқа қажетті әрі заңда көзделген мерзім ішінде заңсыз қол жеткізуден, жоғалудан және жария етілуден қорғалады.</translation>
    </message>
    <message>
        <source>I may withdraw this consent at any time by a written notice to the organisation named above, except where the law does not allow it (for example, while an obligation I have undertaken is unfulfilled). Withdrawal does not affect the processing carried out before it.</source>
        <translation>Мен осы келісімді жоғарыда көрсетілген ұйымға жазбаша хабарлама жіберу арқылы кез келген уақытта кері қайтарып ала аламын, заң бұған жол бермейтін жағдайларды қоспағанда (мысалы, мен алған міндеттеме орындалмаған кезде). Келісімді кері қайтарып алу оған дейін жүзеге асырылған өңдеуге әсер етпейді.</translation>
    </message>
    <message>
        <source>This consent is valid from the day it is signed until the purpose of the processing is achieved or until it is withdrawn.</source>
        <translation>Осы келісім қол қойылған күннен бастап өңдеу мақсатына қол жеткізілгенге немесе ол кері қайтарып алынғанға дейін қолданылады.</translation>
    </message>
    <message>
        <source>Person giving consent</source>
        <translation>Келісім беруші</translation>
    </message>
    <message>
        <source>Consent received by (mediator)</source>
        <translation>Келісімді қабылдаған (медиатор)</translation>
    </message>
    <message>
        <source>Consent to the collection and processing of personal data</source>
        <translation>Дербес деректерді жинауға және өңдеуге келісім</translation>
    </message>
    <message>
        <source>Case No. {number}</source>
        <translation>№ {number} іс</translation>
    </message>
    <message>
        <source>In accordance with the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On Personal Data and Their Protection&quot;, I give my consent to the organisation named above to collect and process my personal data on the following terms.</source>
        <translation>«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңына сәйкес жоғарыда көрсетілген ұйымға менің дербес деректерімді мына шарттармен жинауға және өңдеуге келісім беремін.</translation>
    </message>
    <message>
        <source>I have read the terms of this consent; I give it freely, of my own will and in my own interest.</source>
        <translation>Осы келісімнің талаптарымен таныстым; оны еркін, өз еркіммен және өз мүддем үшін беремін.</translation>
    </message>
    <message>
        <source>{city} city</source>
        <translation>{city} қаласы</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Басқа тарап</translation>
    </message>
    <message>
        <source>The mediation is conducted in Kazakh.</source>
        <translation>Медиация қазақ тілінде жүргізіледі.</translation>
    </message>
    <message>
        <source>The mediation is conducted in Russian.</source>
        <translation>Медиация орыс тілінде жүргізіледі.</translation>
    </message>
    <message>
        <source>The mediation is conducted in English.</source>
        <translation>Медиация ағылшын тілінде жүргізіледі.</translation>
    </message>
    <message>
        <source>The mediation is conducted in Uzbek.</source>
        <translation>Медиация өзбек тілінде жүргізіледі.</translation>
    </message>
    <message>
        <source>The mediation is conducted in Uyghur.</source>
        <translation>Медиация ұйғыр тілінде жүргізіледі.</translation>
    </message>
    <message>
        <source>The mediation is conducted in the language the parties agreed on:</source>
        <translation>Медиация тараптар келіскен тілде жүргізіледі:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Full name or name</source>
        <translation>Тегі, аты, әкесінің аты немесе атауы</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>Address, contacts</source>
        <translation>Мекенжайы, байланыс деректері</translation>
    </message>
    <message>
        <source>Also taking part in the mediation:</source>
        <translation>Медиацияға сондай-ақ қатысады:</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Type of mediator</source>
        <translation>Медиатор түрі</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>co-mediator</source>
        <translation>қосымша медиатор</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Қолдар</translation>
    </message>
    <message>
        <source>(full name and position of the signatory)</source>
        <translation>(қол қоюшының тегі, аты, әкесінің аты және лауазымы)</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(қолы)</translation>
    </message>
    <message>
        <source>(date)</source>
        <translation>(күні)</translation>
    </message>
    <message>
        <source>As a result of the mediation conducted under the mediation agreement of {date}, the parties named below, with the assistance of the mediator, have concluded this agreement in accordance with the Law of the Republic of Kazakhstan &quot;On Mediation&quot;.</source>
        <translation>{date} жасалған медиация туралы шарт негізінде жүргізілген медиацияның нәтижесінде төменде аталған тараптар медиатордың жәрдемдесуімен «Медиация туралы» Қазақстан Республикасының Заңына сәйкес осы келісімді жасасты.</translation>
    </message>
    <message>
        <source>Subject of the agreement:</source>
        <translation>Келісімнің мәні:</translation>
    </message>
    <message>
        <source>4. Terms of the settlement</source>
        <translation>4. Дауды реттеу талаптары</translation>
    </message>
    <message>
        <source>The parties have agreed as follows:</source>
        <translation>Тараптар мыналар туралы келісті:</translation>
    </message>
    <message>
        <source>The parties jointly</source>
        <translation>Тараптар бірлесіп</translation>
    </message>
    <message>
        <source>Who is bound</source>
        <translation>Міндетті тарап</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Не істелуге тиіс</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>5. Obligations of the parties</source>
        <translation>5. Тараптардың міндеттемелері</translation>
    </message>
    <message>
        <source>The parties undertake the following obligations:</source>
        <translation>Тараптар мына міндеттемелерді өздеріне алады:</translation>
    </message>
    <message>
        <source>The parties shall fulfil this agreement voluntarily, in the manner and within the time it sets.</source>
        <translation>Тараптар осы келісімді онда белгіленген тәртіппен және мерзімде ерікті түрде орындауға міндеттенеді.</translation>
    </message>
    <message>
        <source>After the due date of each obligation, {unit} will ask the parties whether it has been fulfilled; the parties agree to report on its fulfilment.</source>
        <translation>Әр міндеттеменің орындалу мерзімі өткен соң {unit} оның орындалғанын тараптардан анықтайды; тараптар міндеттемелердің орындалуы туралы хабарлауға келіседі.</translation>
    </message>
    <message>
        <source>If this agreement is not fulfilled voluntarily, it may be enforced in the simplified (written) procedure established by the civil procedural laws of the Republic of Kazakhstan.</source>
        <translation>Осы келісім ерікті түрде орындалмаған жағдайда ол Қазақстан Республикасының азаматтық процестік заңнамасында белгіленген оңайлатылған (жазбаша) іс жүргізу тәртібімен мәжбүрлеп орындалуы мүмкін.</translation>
    </message>
    <message>
        <source>The parties confirm that they have concluded this agreement voluntarily, that they understand its content and consequences, and that its terms do not violate the rights and lawful interests of third persons.</source>
        <translation>Тараптар осы келісімді өз еріктерімен жасасқанын, оның мазмұны мен салдарын түсінетінін және оның талаптары үшінші тұлғалардың құқықтары мен заңды мүдделерін бұзбайтынын растайды.</translation>
    </message>
    <message>
        <source>The parties exchanged the signed copies of this agreement by e-mail.</source>
        <translation>Тараптар осы келісімнің қол қойылған даналарымен электрондық пошта арқылы алмасты.</translation>
    </message>
    <message>
        <source>The mediation ends with the signing of this agreement. The agreement takes effect when signed by the parties and is made in copies of equal legal force, one for each party and one for the mediator.</source>
        <translation>Осы келісімге қол қойылуымен медиация тоқтатылады. Келісім тараптар қол қойған сәттен бастап күшіне енеді және бірдей заңды күші бар даналарда, әр тарапқа және медиаторға бір данадан жасалды.</translation>
    </message>
    <message>
        <source>6. Fulfilment of the agreement</source>
        <translation>6. Келісімнің орындалуы</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>P&amp;rint documents</source>
        <translation>Құжаттарды басы&amp;п шығару</translation>
    </message>
    <message>
        <source>Documents of this case to print and sign</source>
        <translation>Осы істің басып шығарып, қол қоюға арналған құжаттары</translation>
    </message>
    <message>
        <source>Save the dispute first.</source>
        <translation>Алдымен дауды сақтаңыз.</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>Медиация туралы шарт</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Дауды реттеу туралы келісім</translation>
    </message>
    <message>
        <source>Record the settlement agreement on the Settlement tab first.</source>
        <translation>Алдымен «Келісім» қойындысына дауды реттеу туралы келісімді енгізіңіз.</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>One form for each person among the parties</source>
        <translation>Тараптардың ішіндегі әр жеке тұлғаға бір бланктен</translation>
    </message>
    <message>
        <source>Only a person gives this consent; add the parties first.</source>
        <translation>Бұл келісімді тек жеке тұлға береді; алдымен тараптарды қосыңыз.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Case {number}, {when}</source>
        <translation>{number} ісі, {when}</translation>
    </message>
    <message>
        <source>A new case not registered yet, {when}</source>
        <translation>Әлі тіркелмеген жаңа іс, {when}</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Сақталмаған жұмыс</translation>
    </message>
    <message>
        <source>Tatulyq closed last time before some changes were saved. They were kept as drafts:</source>
        <translation>Өткен жолы Tatulyq кейбір өзгерістер сақталмай тұрып жабылып қалды. Олар жоба ретінде сақталды:</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Оларды ашу</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <source>Encryption of the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Дерекқорды шифрлау…</translation>
    </message>
    <message>
        <source>The database is on a server: it is protected by the encryption of the server&apos;s disk, which the server&apos;s administrator looks after.</source>
        <translation>Дерекқор серверде орналасқан: оны сервер дискісінің шифрлауы қорғайды, оны сервер әкімшісі қадағалайды.</translation>
    </message>
    <message>
        <source>The database is encrypted: without a user&apos;s password or the recovery key its file reads as noise. Its key file: {path}</source>
        <translation>Дерекқор шифрланған: пайдаланушының құпиясөзінсіз немесе қалпына келтіру кілтінсіз оның файлы мағынасыз таңбалар болып оқылады. Кілт файлы: {path}</translation>
    </message>
    <message>
        <source>The database is NOT encrypted: whoever takes this computer or a copy of the file can read it. Encrypting it makes a backup first and takes a minute or two for a large database.</source>
        <translation>Дерекқор шифрланбаған: осы компьютерді немесе файлдың көшірмесін алған кез келген адам оны оқи алады. Шифрлау алдымен сақтық көшірме жасайды; үлкен дерекқор үшін бір-екі минутқа созылады.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <source>A backup is made first. Afterwards only you can open the database until you set the other users&apos; passwords (Users). The recovery key is shown once at the end.

Your password:</source>
        <translation>Алдымен сақтық көшірме жасалады. Содан кейін басқа пайдаланушылардың құпиясөздерін («Пайдаланушылар» бөлімінде) орнатқанша дерекқорды тек сіз аша аласыз. Соңында қалпына келтіру кілті бір рет көрсетіледі.

Сіздің құпиясөзіңіз:</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Дерекқор шифрлануда…</translation>
    </message>
    <message>
        <source>The database is encrypted. Only you can open it now: the other users get their access when you set their passwords (Users, New password).</source>
        <translation>Дерекқор шифрланды. Қазір оны тек сіз аша аласыз: басқа пайдаланушылар сіз олардың құпиясөздерін орнатқанда («Пайдаланушылар», «Жаңа құпиясөз») қол жеткізеді.</translation>
    </message>
    <message>
        <source>A plain backup was made first: {path}</source>
        <translation>Алдымен шифрланбаған сақтық көшірме жасалды: {path}</translation>
    </message>
    <message>
        <source>These backups are NOT encrypted and anyone can read them; delete them once you have checked the encrypted database:</source>
        <translation>Мына сақтық көшірмелер шифрланбаған, оларды кез келген адам оқи алады; шифрланған дерекқорды тексергеннен кейін оларды жойыңыз:</translation>
    </message>
</context>
<context>
    <name>ExchangeFindings</name>
    <message>
        <source>Cases in mediation with no session recorded</source>
        <translation>Медиациядағы, бірде-бір кездесуі жазылмаған істер</translation>
    </message>
    <message>
        <source>Cases ended or closed in the month with no outcome</source>
        <translation>Айда аяқталған не жабылған, нәтижесі жоқ істер</translation>
    </message>
    <message>
        <source>Cases with an outcome but no date the mediation ended</source>
        <translation>Нәтижесі бар, бірақ медиацияның аяқталған күні жоқ істер</translation>
    </message>
    <message>
        <source>Settled cases with no settlement agreement recorded</source>
        <translation>Реттелген, бірақ дауды реттеу туралы келісімі жазылмаған істер</translation>
    </message>
    <message>
        <source>Cases past their deadline before the month ended, still with no outcome</source>
        <translation>Мерзімі ай біткенге дейін өтіп кеткен, әлі нәтижесі жоқ істер</translation>
    </message>
    <message>
        <source>Cases with obligations due in the month still marked pending</source>
        <translation>Орындалу мерзімі осы айға түскен міндеттемелері әлі «күтілуде» деп белгіленген істер</translation>
    </message>
</context>
<context>
    <name>ExchangeGrid</name>
    <message>
        <source>On time</source>
        <translation>Уақытында</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешікті</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жіберілмеді</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Мерзімі келмеді</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Күтілмейді</translation>
    </message>
</context>
<context>
    <name>ExchangeKeysPage</name>
    <message>
        <source>Keys for the monthly exchange</source>
        <translation>Айлық алмасу кілттері</translation>
    </message>
    <message>
        <source>Optional: this can also be done later on the Exchange page.</source>
        <translation>Міндетті емес: мұны кейін «Алмасу» бетінде де жасауға болады.</translation>
    </message>
    <message>
        <source>The keys sign this unit&apos;s monthly packages to the council; their passphrase (at least {count} characters) is asked each time a package is prepared. Choose one that the unit&apos;s staff who send the packages will remember, different from the password.</source>
        <translation>Кілттер осы бөлімшенің кеңеске жіберілетін айлық пакеттеріне қол қояды; олардың құпия фразасы (кемінде {count} таңба) әр пакет дайындалған сайын сұралады. Пакеттерді жіберетін қызметкерлер есте сақтай алатын, құпиясөзден өзгеше фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>Create the keys for the monthly exchange with the council now</source>
        <translation>Кеңеспен айлық деректер алмасуға арналған кілттерді қазір жасау</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Құпия фраза қайтадан</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Деректер алмасу</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Толықтық</translation>
    </message>
    <message>
        <source>Keys and directory</source>
        <translation>Кілттер мен анықтамалық</translation>
    </message>
</context>
<context>
    <name>ExchangePassphrase</name>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Құпия фраза кемінде {count} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Екі құпия фраза бір-біріне сәйкес емес. Бір фразаны екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>ExchangeReceipt</name>
    <message>
        <source>received</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>received, replaces the earlier revision</source>
        <translation>қабылданды, алдыңғы нұсқаның орнын басты</translation>
    </message>
    <message>
        <source>had been received already</source>
        <translation>бұрын қабылданған</translation>
    </message>
    <message>
        <source>received, but a newer package was already there</source>
        <translation>қабылданды, бірақ онда жаңарақ пакет бұрыннан бар</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extend the term</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Күн саны</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation>&amp;Ұзартылған күні</translation>
    </message>
    <message>
        <source>The parties &amp;consented to the extension</source>
        <translation>Тараптар мерзімді ұзартуға келісім &amp;берді</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Неліктен қосымша уақыт қажет</translation>
    </message>
    <message>
        <source>The new deadline: {date}.</source>
        <translation>Жаңа мерзім: {date}.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the register</source>
        <translation>Тізілімді таңдаңыз</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one case on each row, as the centre kept it.</source>
        <translation>Орталық жүргізген күйіндегі Excel кітабы (.xlsx) немесе CSV файлы: әр жолда бір іс.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Оқу</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>Соңғы импортты &amp;кері қайтару</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Тізілімдер (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the file, then press Read.</source>
        <translation>Файлды таңдап, «Оқу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>No header row was found; the columns are named by their letters.</source>
        <translation>Тақырып жолы табылмады: бағандар әріптерімен аталады.</translation>
    </message>
    <message>
        <source>The header is on row {row}.</source>
        <translation>Тақырып {row}-жолда.</translation>
    </message>
    <message>
        <source>The header is on rows {first}–{last}.</source>
        <translation>Тақырып {first}–{last}-жолдарда.</translation>
    </message>
    <message>
        <source>{header} Rows of data: {count}. The first of them:</source>
        <translation>{header} Деректер жолдары: {count}. Алғашқылары:</translation>
    </message>
    <message>
        <source>No import to undo.</source>
        <translation>Кері қайтаратын импорт жоқ.</translation>
    </message>
    <message>
        <source>The last import: {file}, {when}, cases added: {count}.</source>
        <translation>Соңғы импорт: {file}, {when}, қосылған істер: {count}.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Импортты кері қайтару</translation>
    </message>
    <message>
        <source>Remove the {count} cases imported from {file}? This cannot be taken back.</source>
        <translation>{file} файлынан импортталған істер ({count}) жойылсын ба? Оларды қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <source>The import was undone: {count} cases removed.</source>
        <translation>Импорт кері қайтарылды: жойылған істер — {count}.</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Fingerprint read out over the phone</source>
        <translation>Телефонмен айтылған бақылау цифрлары</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Бақылау цифрлары:</translation>
    </message>
    <message>
        <source>A fingerprint is 24 digits in six groups of four. Check what you typed.</source>
        <translation>Бақылау цифрлары — төрт-төрттен алты топқа бөлінген 24 цифр. Тергеніңізді тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Shown only now. Print it or save it, then keep it locked away.</source>
        <translation>Тек қазір көрсетіледі. Оны басып шығарыңыз немесе сақтаңыз да, құлыпты жерде ұстаңыз.</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it, and its backups, when the password is forgotten or the key file is lost. Whoever holds it can read the database: keep the paper or the USB stick locked away from the computer.</source>
        <translation>Дерекқор шифрланды. Құпиясөз ұмытылса немесе кілт файлы жоғалса, бұл қалпына келтіру кілті дерекқорды да, оның сақтық көшірмелерін де ашады. Кілт кімнің қолында болса, сол дерекқорды оқи алады: қағазды немесе USB жинақтауышты компьютерден бөлек, құлыпты жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Tatulyq is set up.</source>
        <translation>Tatulyq баптап қойылды.</translation>
    </message>
    <message>
        <source>Press Finish, then sign in with the user name and password just chosen.</source>
        <translation>«Аяқтау» түймесін басыңыз да, жаңа ғана таңдалған пайдаланушы аты мен құпиясөзбен кіріңіз.</translation>
    </message>
    <message>
        <source>Making the practice database…</source>
        <translation>Жаттығу дерекқоры жасалып жатыр…</translation>
    </message>
    <message>
        <source>The practice database was not made; the real one is set up and ready.</source>
        <translation>Жаттығу дерекқоры жасалмады; негізгі дерекқор бапталды және жұмысқа дайын.</translation>
    </message>
    <message>
        <source>The practice database is ready: {folder}. To practise, start Tatulyq with the shortcut “Tatulyq (practice)”, or with --data-dir &quot;{folder}&quot;.</source>
        <translation>Жаттығу дерекқоры дайын: {folder}. Жаттығу үшін Tatulyq бағдарламасын «Tatulyq (жаттығу)» жарлығымен немесе --data-dir &quot;{folder}&quot; параметрімен іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of the settlement agreement</source>
        <translation>Дауды реттеу туралы келісімнің орындалуын қадағалау</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Жүргізілген күні</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Тәсілі</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up</source>
        <translation>&amp;Келесі қадағалау</translation>
    </message>
    <message>
        <source>planned for</source>
        <translation>жоспарланған күні</translation>
    </message>
    <message>
        <source>What the follow-up found about each obligation:</source>
        <translation>Қадағалау әр міндеттеме бойынша не анықтады:</translation>
    </message>
    <message>
        <source>{number}. {what} ({who}, by {date})</source>
        <translation>{number}. {what} ({who}, {date} дейін)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>intake date</source>
        <translation>қабылданған күні</translation>
    </message>
    <message>
        <source>how it came</source>
        <translation>түсу жолы</translation>
    </message>
    <message>
        <source>category</source>
        <translation>санаты</translation>
    </message>
    <message>
        <source>legal area</source>
        <translation>құқық саласы</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тілі</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>inter-ethnic dimension</source>
        <translation>ұлтаралық сипаты</translation>
    </message>
    <message>
        <source>group dispute</source>
        <translation>топтық дау</translation>
    </message>
    <message>
        <source>minors involved</source>
        <translation>кәмелетке толмағандар қатысады</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>қайталанған дау</translation>
    </message>
    <message>
        <source>risk of escalation</source>
        <translation>ушығу қаупі</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>reason for refusal</source>
        <translation>бас тарту себебі</translation>
    </message>
    <message>
        <source>note on the refusal</source>
        <translation>бас тарту туралы ескертпе</translation>
    </message>
    <message>
        <source>proposal to mediate sent on</source>
        <translation>медиация ұсынысы жіберілген күні</translation>
    </message>
    <message>
        <source>mediation agreement signed on</source>
        <translation>медиация туралы шартқа қол қойылған күні</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <source>why it ended</source>
        <translation>аяқталу себебі</translation>
    </message>
    <message>
        <source>note on the ending</source>
        <translation>аяқталуы туралы ескертпе</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>аяқталған күні</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>жабылған күні</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>жас тобы</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>ұлты</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық поштасы</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>келісім</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>келісім берілген күні</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>адам саны</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>басталу уақыты</translation>
    </message>
    <message>
        <source>length in minutes</source>
        <translation>ұзақтығы (минутпен)</translation>
    </message>
    <message>
        <source>place</source>
        <translation>өтетін орны</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>медиатор</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>released on</source>
        <translation>істен босатылған күні</translation>
    </message>
    <message>
        <source>lead mediator</source>
        <translation>жетекші медиатор</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>орындау мерзімі</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>тексерілген күні</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>мәні</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>талаптары</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>қол қойылған күні</translation>
    </message>
    <message>
        <source>next follow-up</source>
        <translation>келесі қадағалау күні</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>пайдаланушы аты</translation>
    </message>
    <message>
        <source>name shown</source>
        <translation>көрсетілетін аты</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <source>account switched on</source>
        <translation>есептік жазба қосулы</translation>
    </message>
    <message>
        <source>password</source>
        <translation>құпиясөз</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>қатарынан қате енгізілген құпиясөздер</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>бұғатталған мерзімі</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>соңғы кіру</translation>
    </message>
    <message>
        <source>value</source>
        <translation>мәні</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>баптау</translation>
    </message>
    <message>
        <source>mediator&apos;s training</source>
        <translation>медиатордың оқуы</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <source>import from a register</source>
        <translation>тізілімнен импорт</translation>
    </message>
    <message>
        <source>extension of the term</source>
        <translation>мерзімді ұзарту</translation>
    </message>
    <message>
        <source>session attendee</source>
        <translation>кездесуге қатысушы</translation>
    </message>
    <message>
        <source>{when}, {actor}: {text}</source>
        <translation>{when}, {actor}: {text}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(жойылған)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>registered the case {number}</source>
        <translation>{number} нөмірлі істі тіркеді</translation>
    </message>
    <message>
        <source>added the party {name}</source>
        <translation>тарап қосты: {name}</translation>
    </message>
    <message>
        <source>added a party without personal data (no consent)</source>
        <translation>дербес деректерсіз тарап қосты (келісім жоқ)</translation>
    </message>
    <message>
        <source>put a party on the case as {role}</source>
        <translation>тарапты іске қосты (рөлі: {role})</translation>
    </message>
    <message>
        <source>{mediator} declared a conflict of interest: {note}</source>
        <translation>{mediator} мүдделер қақтығысы бар екенін мәлімдеді: {note}</translation>
    </message>
    <message>
        <source>{mediator} declared that nothing prevents impartiality</source>
        <translation>{mediator} өзінің бейтараптығына ештеңе кедергі келтірмейтінін мәлімдеді</translation>
    </message>
    <message>
        <source>assigned {mediator} as lead mediator from {date}</source>
        <translation>жетекші медиатор тағайындады: {mediator} ({date} бастап)</translation>
    </message>
    <message>
        <source>assigned {mediator} as co-mediator from {date}</source>
        <translation>қосымша медиатор тағайындады: {mediator} ({date} бастап)</translation>
    </message>
    <message>
        <source>extended the term by {days} days: {reason}</source>
        <translation>мерзімді {days} күнге ұзартты: {reason}</translation>
    </message>
    <message>
        <source>logged a session on {date} ({kind})</source>
        <translation>{date} күнгі кездесуді тіркеді ({kind})</translation>
    </message>
    <message>
        <source>recorded the settlement agreement of {date}: {subject}</source>
        <translation>{date} күнгі дауды реттеу туралы келісімді тіркеді: {subject}</translation>
    </message>
    <message>
        <source>recorded an obligation: {what}, due {date}</source>
        <translation>міндеттеме тіркеді: {what}, орындау мерзімі {date}</translation>
    </message>
    <message>
        <source>recorded a follow-up on {date} ({method})</source>
        <translation>{date} күнгі орындалуын қадағалауды тіркеді ({method})</translation>
    </message>
    <message>
        <source>recorded a party&apos;s feedback</source>
        <translation>тараптың пікірін тіркеді</translation>
    </message>
    <message>
        <source>added a record ({entity})</source>
        <translation>жазба қосты ({entity})</translation>
    </message>
    <message>
        <source>changed {change}</source>
        <translation>өзгертті: {change}</translation>
    </message>
    <message>
        <source>changed a party&apos;s details: {changes}</source>
        <translation>тараптың деректерін өзгертті: {changes}</translation>
    </message>
    <message>
        <source>changed a mediator&apos;s assignment: {changes}</source>
        <translation>медиатордың тағайындалуын өзгертті: {changes}</translation>
    </message>
    <message>
        <source>changed a session: {changes}</source>
        <translation>кездесуді өзгертті: {changes}</translation>
    </message>
    <message>
        <source>changed the settlement agreement: {changes}</source>
        <translation>дауды реттеу туралы келісімді өзгертті: {changes}</translation>
    </message>
    <message>
        <source>checked an obligation: {changes}</source>
        <translation>міндеттемені тексерді: {changes}</translation>
    </message>
    <message>
        <source>changed a follow-up: {changes}</source>
        <translation>орындалуын қадағалау жазбасын өзгертті: {changes}</translation>
    </message>
    <message>
        <source>changed a record: {changes}</source>
        <translation>жазбаны өзгертті: {changes}</translation>
    </message>
    <message>
        <source>took a party off the case ({role})</source>
        <translation>тарапты істен шығарды ({role})</translation>
    </message>
    <message>
        <source>deleted the session of {date}</source>
        <translation>{date} күнгі кездесуді жойды</translation>
    </message>
    <message>
        <source>deleted a record ({entity})</source>
        <translation>жазбаны жойды ({entity})</translation>
    </message>
    <message>
        <source>the mediation agreement</source>
        <translation>медиация туралы шартты</translation>
    </message>
    <message>
        <source>the settlement agreement</source>
        <translation>дауды реттеу туралы келісімді</translation>
    </message>
    <message>
        <source>the consent to personal data processing</source>
        <translation>дербес деректерді өңдеуге келісімді</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>орыс тілінде</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>ағылшын тілінде</translation>
    </message>
    <message>
        <source>printed {document} {language}</source>
        <translation>{language} {document} басып шығарды</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>құжатты</translation>
    </message>
    <message>
        <source>opened the case with its parties&apos; personal data</source>
        <translation>істі тараптардың дербес деректерімен бірге ашты</translation>
    </message>
    <message>
        <source>opened a party&apos;s details, contacts included</source>
        <translation>тараптың деректерін байланыс мәліметтерімен қоса ашты</translation>
    </message>
    <message>
        <source>showed the case with its parties&apos; personal data on the command line</source>
        <translation>істі тараптардың дербес деректерімен бірге пәрмен жолында көрсетті</translation>
    </message>
    <message>
        <source>exported the audit trail to a file</source>
        <translation>аудит журналын файлға экспорттады</translation>
    </message>
    <message>
        <source>opened personal data</source>
        <translation>дербес деректерді ашты</translation>
    </message>
    <message>
        <source>de-identified the case: closed more than {years} years ago</source>
        <translation>істі иесіздендірді: ол {years} жылдан бұрын жабылған</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Every change to this case is kept: who, when, what was before and after.</source>
        <translation>Осы істегі әрбір өзгеріс сақталады: кім, қашан өзгертті, бұрын не болды, кейін не болды.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Әзірге ештеңе тіркелмеген.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Today, {date} — {name}</source>
        <translation>Бүгін {date} — {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No sessions today, no case past its term and no obligation falling due.</source>
        <translation>Бүгін кездесу жоқ, мерзімі өткен іс жоқ, орындалуы тиіс міндеттеме жоқ.</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open its case.</source>
        <translation>Істі ашу үшін жолды екі рет шертіңіз немесе Enter басыңыз.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Істі ашу үшін екі рет шертіңіз немесе Enter басыңыз.</translation>
    </message>
    <message>
        <source>Sessions today ({count})</source>
        <translation>Бүгінгі кездесулер ({count})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>time not set</source>
        <translation>уақыты белгіленбеген</translation>
    </message>
    <message>
        <source>No session is planned for today.</source>
        <translation>Бүгінге кездесу жоспарланбаған.</translation>
    </message>
    <message>
        <source>Cases past the term ({count})</source>
        <translation>Мерзімі өткен істер ({count})</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Мерзімі біткен күн</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Кешіккен күн саны</translation>
    </message>
    <message>
        <source>No case in mediation is past its term.</source>
        <translation>Медиациядағы істердің ешқайсысының мерзімі өтпеген.</translation>
    </message>
    <message>
        <source>Obligations due within {days} days or overdue ({count})</source>
        <translation>{days} күн ішінде орындалатын не мерзімі өткен міндеттемелер ({count})</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>{days} күн кешікті</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>No obligation of a settlement agreement falls due in the next {days} days.</source>
        <translation>Алдағы {days} күнде дауды реттеу туралы келісім бойынша орындалатын міндеттеме жоқ.</translation>
    </message>
    <message>
        <source>This month so far: {start} – {end}</source>
        <translation>Осы айда осы күнге дейін: {start} – {end}</translation>
    </message>
    <message>
        <source>cases received</source>
        <translation>қабылданған іс</translation>
    </message>
    <message>
        <source>mediations ended</source>
        <translation>аяқталған медиация</translation>
    </message>
    <message>
        <source>of them settled</source>
        <translation>оның ішінде реттелгені</translation>
    </message>
    <message>
        <source>cases open now</source>
        <translation>қазір ашық іс</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>өткізілген кездесу</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>{count} of 12 digits</source>
        <translation>12 цифрдың {count} енгізілді</translation>
    </message>
    <message>
        <source>Born {date}, female</source>
        <translation>Туған күні: {date}, әйел</translation>
    </message>
    <message>
        <source>Born {date}, male</source>
        <translation>Туған күні: {date}, ер</translation>
    </message>
    <message>
        <source>Registered in {month}.{year}</source>
        <translation>Тіркелген айы: {month}.{year}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>How the dispute came</source>
        <translation>Даудың түсу жолы</translation>
    </message>
    <message>
        <source>Category of the dispute</source>
        <translation>Дау санаты</translation>
    </message>
    <message>
        <source>What the dispute is about</source>
        <translation>Даудың мәні</translation>
    </message>
    <message>
        <source>Language of the mediation</source>
        <translation>Медиация тілі</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Ұлтаралық сипаты</translation>
    </message>
    <message>
        <source>Group dispute</source>
        <translation>Топтық дау</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Кәмелетке толмағандар қатысады</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>Ушығу қаупі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN or BIN</source>
        <translation>Өтініш берушінің ЖСН/БСН</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Жауапкер</translation>
    </message>
    <message>
        <source>Respondent&apos;s IIN or BIN</source>
        <translation>Жауапкердің ЖСН/БСН</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Stage of the case</source>
        <translation>Істің кезеңі</translation>
    </message>
    <message>
        <source>Ground for refusal at intake</source>
        <translation>Қабылдаудан бас тарту негізі</translation>
    </message>
    <message>
        <source>Date of the mediation agreement</source>
        <translation>Медиация туралы шарт жасалған күн</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Ground for ending the mediation</source>
        <translation>Медиацияны тоқтату негізі</translation>
    </message>
    <message>
        <source>Date the mediation ended</source>
        <translation>Медиация аяқталған күн</translation>
    </message>
    <message>
        <source>Date the case was closed</source>
        <translation>Іс жабылған күн</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Packages and receipts to import</source>
        <translation>Импортталатын пакеттер мен түбіртектер</translation>
    </message>
    <message>
        <source>Choose the packages the units below sent (.tqp files), or the receipts your council sent back (.receipt.json). Each file is imported whole or not at all; the same file twice changes nothing.</source>
        <translation>Бағынышты бөлімшелер жіберген пакеттерді (.tqp файлдары) немесе кеңесіңіз қайтарған түбіртектерді (.receipt.json) таңдаңыз. Әр файл толық импортталады немесе мүлде импортталмайды; бір файлды екі рет импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop after the file being imported now</source>
        <translation>Қазір импортталып жатқан файлдан кейін тоқтату</translation>
    </message>
    <message>
        <source>Result for each file</source>
        <translation>Әр файлдың нәтижесі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Set aside in</source>
        <translation>Бөлек сақталған орны</translation>
    </message>
    <message>
        <source>Nothing imported yet in this session. Press Import files… and choose one or more files; the result for each file appears here.</source>
        <translation>Осы жұмыс барысында әлі ештеңе импортталмады. «Файлдарды импорттау…» батырмасын басып, бір немесе бірнеше файлды таңдаңыз; әр файлдың нәтижесі осында шығады.</translation>
    </message>
    <message>
        <source>Imported: {cases} case rows.</source>
        <translation>Импортталды: істер жолдары — {cases}.</translation>
    </message>
    <message>
        <source>Imported: {cases} case rows. They replace the package for {month}, revision {revision}.</source>
        <translation>Импортталды: істер жолдары — {cases}. Олар {month} үшін жіберілген {revision}-нұсқадағы пакеттің орнын басты.</translation>
    </message>
    <message>
        <source>Ignored: revision {revision} is not newer than revision {held} already here; nothing changed.</source>
        <translation>Ескерілмеді: {revision}-нұсқа мұнда бар {held}-нұсқадан жаңа емес; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Recorded as received, but {month} of this unit is already here and newer: the rows of this package were not applied.</source>
        <translation>Қабылданды деп белгіленді, бірақ бұл бөлімшенің жаңарақ айы ({month}) мұнда бұрыннан бар: бұл пакеттің жолдары енгізілмеді.</translation>
    </message>
    <message>
        <source>Receipt from {council}: {status}.</source>
        <translation>{council} түбіртегі: пакет {status}.</translation>
    </message>
    <message>
        <source>Already imported earlier; nothing changed.</source>
        <translation>Бұрын импортталған; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <source>Packages or receipts to import</source>
        <translation>Импортталатын пакеттер немесе түбіртектер</translation>
    </message>
    <message>
        <source>Packages and receipts (*.tqp *.receipt.json);;All files (*)</source>
        <translation>Пакеттер мен түбіртектер (*.tqp *.receipt.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys to open the packages sent to this unit.</source>
        <translation>Осы бөлімшеге жіберілген пакеттерді ашу үшін алмасу кілттерінің құпия фразасын теріңіз.</translation>
    </message>
    <message>
        <source>Opening the keys…</source>
        <translation>Кілттер ашылуда…</translation>
    </message>
    <message>
        <source>Importing {name} ({done} of {total})…</source>
        <translation>{name} импортталуда ({total} файлдың {done}-сі)…</translation>
    </message>
    <message>
        <source>Stopping after the file being imported now…</source>
        <translation>Қазіргі файл импортталған соң тоқтайды…</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Already in the register as</source>
        <translation>Бағдарламадағы іс</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Сәйкестік белгісі</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>осы файлдың {row}-жолы</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>іс нөмірі</translation>
    </message>
    <message>
        <source>date, parties and category</source>
        <translation>күні, тараптары және санаты</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a register from Excel</source>
        <translation>Тізілімді Excel-ден импорттау</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s exchange keys</source>
        <translation>Осы компьютердің алмасу кілттері</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>Кілттерді &amp;жасау…</translation>
    </message>
    <message>
        <source>&amp;Save public key file…</source>
        <translation>Ашық кілт файлын &amp;сақтау…</translation>
    </message>
    <message>
        <source>Write the public part of the keys (.tqk) to send to your council; it is not secret</source>
        <translation>Кеңеске жіберу үшін кілттердің ашық бөлігін (.tqk) жазу; ол құпия емес</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>Бақылау цифрларын &amp;көшіру</translation>
    </message>
    <message>
        <source>Directory of units</source>
        <translation>Бөлімшелер анықтамалығы</translation>
    </message>
    <message>
        <source>&amp;Install directory file…</source>
        <translation>Анықтамалық файлын &amp;орнату…</translation>
    </message>
    <message>
        <source>Install the directory of units (.tqd) the republican council sent</source>
        <translation>Республикалық кеңес жіберген бөлімшелер анықтамалығын (.tqd) орнату</translation>
    </message>
    <message>
        <source>At the republican council</source>
        <translation>Республикалық кеңесте</translation>
    </message>
    <message>
        <source>A unit&apos;s key goes into the directory once the fingerprint the unit reads out over the phone matches its key file. Publish a new version of the directory after adding keys and send the file to every council.</source>
        <translation>Бөлімшенің кілті анықтамалыққа бөлімше телефонмен айтқан бақылау цифрлары оның кілт файлына сәйкес келгенде ғана қосылады. Кілттерді қосқан соң анықтамалықтың жаңа нұсқасын шығарып, файлды барлық кеңестерге жіберіңіз.</translation>
    </message>
    <message>
        <source>&amp;Add a unit&apos;s key…</source>
        <translation>Бөлімшенің кілтін &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Publish directory…</source>
        <translation>Анықтамалықты &amp;шығару…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Кілт идентификаторы</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Бақылау цифрлары</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Жарамды басталуы</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Жарамды аяқталуы</translation>
    </message>
    <message>
        <source>This installation has no exchange keys yet. Without them no package can be prepared or opened. Create them, then read the fingerprint out to your council over the phone.</source>
        <translation>Бұл компьютерде әлі алмасу кілттері жоқ. Оларсыз пакет дайындау да, ашу да мүмкін емес. Кілттерді жасаңыз, содан кейін бақылау цифрларын кеңеске телефонмен айтып беріңіз.</translation>
    </message>
    <message>
        <source>Read this fingerprint out to your council over the phone, in groups of four digits, when you send the public key file. Unit {unit}.</source>
        <translation>Ашық кілт файлын жібергенде, осы бақылау цифрларын кеңеске телефонмен төрт цифрдан топтап айтып беріңіз. Бөлімше: {unit}.</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Кілт идентификаторы: {key_id}</translation>
    </message>
    <message>
        <source>No directory of units is installed yet. Install the file the republican council sends (.tqd); the first time you will be asked the fingerprint of the republican council&apos;s key, read out to you over the phone.</source>
        <translation>Бөлімшелер анықтамалығы әлі орнатылмаған. Республикалық кеңес жіберетін файлды (.tqd) орнатыңыз; алғаш орнатқанда сізге телефонмен айтылған республикалық кеңес кілтінің бақылау цифрлары сұралады.</translation>
    </message>
    <message>
        <source>Version {version} is in force, installed on {when} by {who}.</source>
        <translation>{version}-нұсқа қолданыста; оны {when} кезінде {who} орнатқан.</translation>
    </message>
    <message>
        <source>The keys were made. Save the public key file and send it to your council.</source>
        <translation>Кілттер жасалды. Ашық кілт файлын сақтап, оны кеңесіңізге жіберіңіз.</translation>
    </message>
    <message>
        <source>Folder for the public key file</source>
        <translation>Ашық кілт файлына арналған қалта</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Directory file from the republican council</source>
        <translation>Республикалық кеңестен келген анықтамалық файлы</translation>
    </message>
    <message>
        <source>Directory of units (*.tqd);;All files (*)</source>
        <translation>Бөлімшелер анықтамалығы (*.tqd);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This is the first directory of units installed here. Type the fingerprint of the republican council&apos;s key, as it was read out to you over the phone.</source>
        <translation>Бұл мұнда орнатылатын алғашқы бөлімшелер анықтамалығы. Республикалық кеңес кілтінің бақылау цифрларын сізге телефонмен қалай айтылса, солай теріңіз.</translation>
    </message>
    <message>
        <source>Version {version} installed; it lists {count} units.</source>
        <translation>{version}-нұсқа орнатылды; онда бөлімшелер саны — {count}.</translation>
    </message>
    <message>
        <source>Public key file of a unit</source>
        <translation>Бөлімшенің ашық кілт файлы</translation>
    </message>
    <message>
        <source>Public key files (*.tqk);;All files (*)</source>
        <translation>Ашық кілт файлдары (*.tqk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The key file is of unit {unit} (key id {key_id}). Ask the unit to read out its fingerprint over the phone and type it here; the key is added only if every digit matches.</source>
        <translation>Бұл — {unit} бөлімшесінің кілт файлы (кілт идентификаторы {key_id}). Бөлімшеден бақылау цифрларын телефонмен айтып беруін сұрап, осында теріңіз; кілт барлық цифр сәйкес келсе ғана қосылады.</translation>
    </message>
    <message>
        <source>The key of {unit} was added. Publish the directory to send it to everyone.</source>
        <translation>{unit} кілті қосылды. Оны барлығына жіберу үшін анықтамалықты шығарыңыз.</translation>
    </message>
    <message>
        <source>Folder for the directory file</source>
        <translation>Анықтамалық файлына арналған қалта</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys to sign the directory of units.</source>
        <translation>Бөлімшелер анықтамалығына қол қою үшін алмасу кілттерінің құпия фразасын теріңіз.</translation>
    </message>
    <message>
        <source>Published: {path}. Send this file to every council.</source>
        <translation>Шығарылды: {path}. Бұл файлды барлық кеңестерге жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Republican mediation council</source>
        <translation>Республикалық медиация кеңесі</translation>
    </message>
    <message>
        <source>Regional mediation council</source>
        <translation>Өңірлік медиация кеңесі</translation>
    </message>
    <message>
        <source>Mediation centre</source>
        <translation>Медиация орталығы</translation>
    </message>
    <message>
        <source>House of Friendship</source>
        <translation>Достық үйі</translation>
    </message>
    <message>
        <source>District assembly</source>
        <translation>Аудандық ассамблея</translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation>Кәсіби медиатор</translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation>Қоғамдық медиатор</translation>
    </message>
    <message>
        <source>Ethnomediator</source>
        <translation>Этномедиатор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Head of centre</source>
        <translation>Орталық басшысы</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Талдаушы</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>Медиация жүргізілуде</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Орындалуын қадағалау</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Өзі жүгінді</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Ethnocultural association</source>
        <translation>Этномәдени бірлестік</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Жедел желі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасылық</translation>
    </message>
    <message>
        <source>Neighbours and household</source>
        <translation>Көршілік және тұрмыстық</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Еңбек</translation>
    </message>
    <message>
        <source>Property and land</source>
        <translation>Мүлік және жер</translation>
    </message>
    <message>
        <source>Debt and consumer</source>
        <translation>Қарыз және тұтынушылық</translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation>Тұрғын үй-коммуналдық</translation>
    </message>
    <message>
        <source>School and youth</source>
        <translation>Мектеп және жастар</translation>
    </message>
    <message>
        <source>Citizen and local authority</source>
        <translation>Азамат және жергілікті билік</translation>
    </message>
    <message>
        <source>Religious or interfaith</source>
        <translation>Діни немесе дінаралық</translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation>Қауымдық немесе топтық</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>Басқа дау</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Азаматтық</translation>
    </message>
    <message>
        <source>Labour law</source>
        <translation>Еңбек құқығы</translation>
    </message>
    <message>
        <source>Family law</source>
        <translation>Отбасы құқығы</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>Administrative offence</source>
        <translation>Әкімшілік құқық бұзушылық</translation>
    </message>
    <message>
        <source>Minor or medium crime</source>
        <translation>Онша ауыр емес немесе ауырлығы орташа қылмыс</translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation>Атқарушылық іс жүргізу</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Touches the rights of third persons</source>
        <translation>Үшінші тұлғалардың құқықтарын қозғайды</translation>
    </message>
    <message>
        <source>A party is declared incapable by a court</source>
        <translation>Тарап сот шешімімен әрекетке қабілетсіз деп танылған</translation>
    </message>
    <message>
        <source>Corruption crime</source>
        <translation>Сыбайлас жемқорлық қылмысы</translation>
    </message>
    <message>
        <source>Crime against the public service</source>
        <translation>Мемлекеттік қызмет мүдделеріне қарсы қылмыс</translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation>Толық реттелді</translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation>Ішінара реттелді</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Реттелмеді</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Referred to a state body or court</source>
        <translation>Мемлекеттік органға немесе сотқа жолданды</translation>
    </message>
    <message>
        <source>Settlement agreement signed</source>
        <translation>Дауды реттеу туралы келісімге қол қойылды</translation>
    </message>
    <message>
        <source>A party refused in writing</source>
        <translation>Тарап жазбаша бас тартты</translation>
    </message>
    <message>
        <source>A party withdrew</source>
        <translation>Тарап медиациядан шықты</translation>
    </message>
    <message>
        <source>A party did not appear</source>
        <translation>Тарап келмеді</translation>
    </message>
    <message>
        <source>The mediator found further effort futile</source>
        <translation>Медиатор әрі қарай жалғастыруды нәтижесіз деп тапты</translation>
    </message>
    <message>
        <source>The term ran out</source>
        <translation>Мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Басқа органға жолданды</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Басқа негіздер</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Адамдар тобы</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 жасқа дейін</translation>
    </message>
    <message>
        <source>18-29</source>
        <translation>18-29</translation>
    </message>
    <message>
        <source>30-44</source>
        <translation>30-44</translation>
    </message>
    <message>
        <source>45-59</source>
        <translation>45-59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 және одан жоғары</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Ұйғыр тілі</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Басқа тіл</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Жауапкер</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation>Басқа қатысушы</translation>
    </message>
    <message>
        <source>Joint session</source>
        <translation>Бірлескен кездесу</translation>
    </message>
    <message>
        <source>Separate session</source>
        <translation>Жеке кездесу</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефон қоңырауы</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Барып көру</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Жүздесу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Басқа тәсіл</translation>
    </message>
    <message>
        <source>Resolved at consultation</source>
        <translation>Консультацияда шешілді</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Ақпарат берілді</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Медиацияға жолданды</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The language of the program&apos;s windows on this computer.</source>
        <translation>Осы компьютердегі бағдарлама терезелерінің тілі.</translation>
    </message>
    <message>
        <source>Welcome to Tatulyq. Five short steps set it up on this computer: the language, the unit, the administrator, the exchange keys and a practice database; then the recovery key is shown, to print or save. The language can be changed later in Settings.</source>
        <translation>Tatulyq бағдарламасына қош келдіңіз! Оны осы компьютерде бес қысқа қадаммен баптайсыз: тіл, бөлімше, әкімші, алмасу кілттері және жаттығу дерекқоры; соңында басып шығаруға немесе сақтауға қалпына келтіру кілті көрсетіледі. Тілді кейін «Баптаулар» бетінде өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Tatulyq is locked</source>
        <translation>Tatulyq бұғатталған</translation>
    </message>
    <message>
        <source>The program locked itself after {minutes} min without use.</source>
        <translation>Бағдарлама {minutes} мин пайдаланылмағандықтан бұғатталды.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({username}). Type the password to go on.</source>
        <translation>Жүйеде: {name} ({username}). Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Бұғатты &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Жүйеден &amp;шығу</translation>
    </message>
    <message>
        <source>Close the program; unsaved typing is kept as a draft for this user&apos;s next sign-in</source>
        <translation>Бағдарламаны жабу; сақталмаған мәтін осы пайдаланушы келесі рет кіргенде жоба ретінде ұсынылады</translation>
    </message>
    <message>
        <source>Only the user who is signed in can unlock.</source>
        <translation>Бұғатты тек жүйеге кірген пайдаланушы аша алады.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Tatulyq: sign in</source>
        <translation>Tatulyq: жүйеге кіру</translation>
    </message>
    <message>
        <source>Sign in to the case desk</source>
        <translation>Істер жүйесіне кіру</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery key</source>
        <translation>Құпиясөзді ұмыттыңыз ба? Қалпына келтіру кілтін пайдаланыңыз</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your role works with figures only: cases are not opened from it.</source>
        <translation>Сіздің рөліңіз тек сандармен жұмыс істейді: істер ашылмайды.</translation>
    </message>
    <message>
        <source>Tatulyq — {unit}</source>
        <translation>Tatulyq — {unit}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Бөлімше: {unit}</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пайдаланушы: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <source>New mediator</source>
        <translation>Жаңа медиатор</translation>
    </message>
    <message>
        <source>Mediator: {name}</source>
        <translation>Медиатор: {name}</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Т&amp;үрі</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Тізілімдегі &amp;нөмірі</translation>
    </message>
    <message>
        <source>Elected or &amp;certified on</source>
        <translation>&amp;Сайланған не куәлік алған күні</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>Tick when the date of election or of the certificate is known</source>
        <translation>Сайланған немесе куәлік алған күні белгілі болса, белгі қойыңыз</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Электрондық пошта</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Lan&amp;guages of mediation</source>
        <translation>Медиация т&amp;ілдері</translation>
    </message>
    <message>
        <source>&amp;Specialisations (dispute categories)</source>
        <translation>&amp;Мамандануы (дау санаттары)</translation>
    </message>
    <message>
        <source>Space ticks or clears the chosen line</source>
        <translation>Бос орын пернесі таңдалған жолға белгі қояды немесе белгіні алып тастайды</translation>
    </message>
    <message>
        <source>&amp;Trainings completed</source>
        <translation>&amp;Өткен оқу курстары</translation>
    </message>
    <message>
        <source>None recorded yet. Press “Add training…” to record a completed course.</source>
        <translation>Әзірге ештеңе тіркелмеген. Өткен курсты тіркеу үшін «Оқу курсын қосу…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Өткізген ұйым</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>&amp;Add training…</source>
        <translation>Оқу курсын &amp;қосу…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Removes a training added in this window, before it is saved</source>
        <translation>Осы терезеде қосылған оқу курсын сақталғанға дейін жояды</translation>
    </message>
    <message>
        <source>Save the mediator (Enter)</source>
        <translation>Медиаторды сақтау (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Сақтамай жабу (Esc)</translation>
    </message>
    <message>
        <source>Required for a professional mediator</source>
        <translation>Кәсіби медиатор үшін міндетті</translation>
    </message>
    <message>
        <source>Number on the akimat&apos;s register, if any</source>
        <translation>Әкімдік тізіліміндегі нөмірі (болса)</translation>
    </message>
    <message>
        <source>New: saved together with the mediator</source>
        <translation>Жаңа: медиатормен бірге сақталады</translation>
    </message>
    <message>
        <source>Unsaved mediator</source>
        <translation>Сақталмаған медиатор</translation>
    </message>
    <message>
        <source>Close without saving what you entered?</source>
        <translation>Енгізгеніңізді сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>Choose a mediator in the list to see their trainings and open cases.</source>
        <translation>Оқу курстары мен аяқталмаған істерін көру үшін тізімнен медиаторды таңдаңыз.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Elected or certified on</source>
        <translation>Сайланған не куәлік алған күні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Specialisations</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case</source>
        <translation>Істі ашу үшін екі рет басыңыз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Оқу курсы</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Өткізген ұйым</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (белсенді емес)</translation>
    </message>
    <message>
        <source>Open cases: {count}</source>
        <translation>Аяқталмаған істер: {count}</translation>
    </message>
    <message>
        <source>Open cases: none</source>
        <translation>Аяқталмаған істер: жоқ</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>Жетекші медиатор</translation>
    </message>
    <message>
        <source>Co-mediator</source>
        <translation>Қосымша медиатор</translation>
    </message>
    <message>
        <source>Trainings: {count}</source>
        <translation>Оқу курстары: {count}</translation>
    </message>
    <message>
        <source>Trainings: none recorded</source>
        <translation>Оқу курстары: тіркелмеген</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Аяқталмаған істер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Specialisations</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Белсенді емес</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>Mediators</source>
        <translation>Медиаторлар</translation>
    </message>
    <message>
        <source>Find by name, register number or phone (Ctrl+F)</source>
        <translation>Аты-жөні, тізілімдегі нөмірі немесе телефоны бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Белсенді еместерді &amp;көрсету</translation>
    </message>
    <message>
        <source>Also list mediators taken off the active register</source>
        <translation>Белсенді тізілімнен шығарылған медиаторларды да көрсету</translation>
    </message>
    <message>
        <source>&amp;Add mediator</source>
        <translation>&amp;Медиатор қосу</translation>
    </message>
    <message>
        <source>Add a mediator to the register (Ctrl+N)</source>
        <translation>Тізілімге медиатор қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <source>Edit the chosen mediator (Enter)</source>
        <translation>Таңдалған медиатордың деректерін өзгерту (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Тізілімге &amp;қайтару</translation>
    </message>
    <message>
        <source>Put the chosen mediator back on the active register</source>
        <translation>Таңдалған медиаторды белсенді тізілімге қайтару</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Тізілімнен &amp;шығару</translation>
    </message>
    <message>
        <source>Take the chosen mediator off the active register (only without open cases)</source>
        <translation>Таңдалған медиаторды белсенді тізілімнен шығару (аяқталмаған істері болмаса ғана)</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Көрсетілгені: {total} ішінен {shown}</translation>
    </message>
    <message>
        <source>No mediators are registered for this unit yet.</source>
        <translation>Бұл бөлімшеде әлі бірде-бір медиатор тіркелмеген.</translation>
    </message>
    <message>
        <source>No active mediators yet. Press Ctrl+N to add the first one to the register.</source>
        <translation>Әзірге белсенді медиаторлар жоқ. Тізілімге алғашқы медиаторды қосу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No mediator matches “{text}”. Clear the search to see them all.</source>
        <translation>«{text}» бойынша медиатор табылмады. Барлығын көру үшін іздеу жолын тазартыңыз.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Сақталды: {name}.</translation>
    </message>
    <message>
        <source>{name} is on the active register again.</source>
        <translation>{name} белсенді тізілімге қайта енгізілді.</translation>
    </message>
    <message>
        <source>{name} is no longer on the active register.</source>
        <translation>{name} белсенді тізілімнен шығарылды.</translation>
    </message>
    <message>
        <source>{name} is no longer on the active register. Tick “Show inactive” to see or reactivate them.</source>
        <translation>{name} белсенді тізілімнен шығарылды. Оны көру немесе тізілімге қайтару үшін «Белсенді еместерді көрсету» белгісін қойыңыз.</translation>
    </message>
</context>
<context>
    <name>MediatorsTab</name>
    <message>
        <source>Before taking the case each mediator declares whether anything prevents their impartiality; a mediator with a conflict of interest must decline.</source>
        <translation>Істі қабылдар алдында әр медиатор өз бейтараптығына бірдеңе кедергі келтіре ме, жоқ па, соны мәлімдейді; мүдделер қақтығысы бар медиатор істен бас тартуы тиіс.</translation>
    </message>
    <message>
        <source>&amp;Assign a mediator…</source>
        <translation>Медиатор &amp;тағайындау…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Босату…</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Босатылды</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Мәлімдеме</translation>
    </message>
    <message>
        <source>Conflict of interest declared {when}</source>
        <translation>{when} мүдделер қақтығысы мәлімделді</translation>
    </message>
    <message>
        <source>No conflict, declared {when}</source>
        <translation>{when} қақтығыс жоқ деп мәлімделді</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <source>Co-mediator</source>
        <translation>Қосымша медиатор</translation>
    </message>
    <message>
        <source>No mediator yet. Press “Assign a mediator…”.</source>
        <translation>Әзірге медиатор жоқ. «Медиатор тағайындау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The head of the centre assigns and releases mediators.</source>
        <translation>Медиаторларды орталық басшысы тағайындайды және істен босатады.</translation>
    </message>
    <message>
        <source>Release a mediator</source>
        <translation>Медиаторды босату</translation>
    </message>
    <message>
        <source>Released &amp;on</source>
        <translation>&amp;Босатылған күні</translation>
    </message>
    <message>
        <source>{name} stops mediating this case. Sessions already logged stay theirs.</source>
        <translation>{name} бұл іс бойынша медиацияны тоқтатады. Бұрын тіркелген кездесулер оның атында қалады.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{label} must be filled in.</source>
        <translation>{label} толтырылуы керек.</translation>
    </message>
    <message>
        <source>{label} ({value}) cannot be later than today. Please check the date.</source>
        <translation>{label} ({value}) бүгінгі күннен кейін бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>{label} ({value}) cannot be earlier than {earliest}. Please check the date.</source>
        <translation>{label} ({value}) {earliest} күнінен ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>{label} must be a number from {low} to {high}.</source>
        <translation>{label} кемінде {low}, ең көбі {high} болуы керек.</translation>
    </message>
    <message>
        <source>The category of the dispute</source>
        <translation>Даудың санаты</translation>
    </message>
    <message>
        <source>How the dispute came to us</source>
        <translation>Даудың түсу жолы</translation>
    </message>
    <message>
        <source>The intake date</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>The date of the proposal to mediate</source>
        <translation>Медиация ұсынылған күн</translation>
    </message>
    <message>
        <source>The date of the mediation agreement</source>
        <translation>Медиация туралы шарттың күні</translation>
    </message>
    <message>
        <source>The date the mediation ended</source>
        <translation>Медиацияның аяқталған күні</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>Істің жабылған күні</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>Мерзімді ұзарту себебі</translation>
    </message>
    <message>
        <source>The length of the extension in days</source>
        <translation>Мерзімді ұзарту ұзақтығы (күнмен)</translation>
    </message>
    <message>
        <source>The date of the extension</source>
        <translation>Мерзімді ұзарту күні</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>The name of the organisation or group</source>
        <translation>Ұйымның немесе топтың атауы</translation>
    </message>
    <message>
        <source>The date of consent</source>
        <translation>Келісім берілген күн</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>The number of people in the group</source>
        <translation>Топтағы адам саны</translation>
    </message>
    <message>
        <source>The mediator&apos;s last name</source>
        <translation>Медиатордың тегі</translation>
    </message>
    <message>
        <source>The mediator&apos;s first name</source>
        <translation>Медиатордың аты</translation>
    </message>
    <message>
        <source>A professional mediator&apos;s register number</source>
        <translation>Кәсіби медиатордың тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>The date of election or certificate</source>
        <translation>Сайланған немесе куәлік берілген күн</translation>
    </message>
    <message>
        <source>The title of the training</source>
        <translation>Оқыту курсының атауы</translation>
    </message>
    <message>
        <source>The date the training was completed</source>
        <translation>Оқыту курсын аяқтаған күн</translation>
    </message>
    <message>
        <source>The length of the training in hours</source>
        <translation>Оқыту курсының ұзақтығы (сағатпен)</translation>
    </message>
    <message>
        <source>The date of the assignment</source>
        <translation>Тағайындалған күн</translation>
    </message>
    <message>
        <source>The date of the release</source>
        <translation>Істен босатылған күн</translation>
    </message>
    <message>
        <source>The date of the session</source>
        <translation>Кездесу күні</translation>
    </message>
    <message>
        <source>The length of the session in minutes</source>
        <translation>Кездесудің ұзақтығы (минутпен)</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>Консультация күні</translation>
    </message>
    <message>
        <source>The date of the settlement agreement</source>
        <translation>Дауды реттеу туралы келісімнің күні</translation>
    </message>
    <message>
        <source>The subject of the settlement agreement</source>
        <translation>Дауды реттеу туралы келісімнің мәні</translation>
    </message>
    <message>
        <source>The description of the obligation</source>
        <translation>Міндеттеменің сипаттамасы</translation>
    </message>
    <message>
        <source>The due date of the obligation</source>
        <translation>Міндеттемені орындау мерзімі</translation>
    </message>
    <message>
        <source>The date of the check</source>
        <translation>Тексерілген күн</translation>
    </message>
    <message>
        <source>The date of the follow-up</source>
        <translation>Орындалуын қадағалау күні</translation>
    </message>
    <message>
        <source>The date of the next follow-up</source>
        <translation>Келесі қадағалау күні</translation>
    </message>
    <message>
        <source>The score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>The name shown for the user</source>
        <translation>Пайдаланушының көрсетілетін аты</translation>
    </message>
    <message>
        <source>The number of years closed cases are kept</source>
        <translation>Жабылған істер сақталатын жылдар саны</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Екі құпиясөз бірдей емес. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Choose this computer&apos;s unit from the list.</source>
        <translation>Осы компьютер жұмыс істейтін бөлімшені тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>The two passphrases of the exchange keys differ. Type the same passphrase twice.</source>
        <translation>Алмасу кілттерінің екі құпия фразасы бір-біріне сәйкес емес. Бір фразаны екі рет теріңіз.</translation>
    </message>
    <message>
        <source>The file {path} is far too large to be a directory of units. Choose the .tqd file.</source>
        <translation>{path} файлы бөлімшелер анықтамалығы болу үшін тым үлкен. .tqd файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that the USB stick is still in, or copy the file again.</source>
        <translation>{path} файлын оқу мүмкін емес. USB жинақтауыштың салулы тұрғанын тексеріңіз немесе файлды қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>The date of the proposal to mediate ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Медиация ұсынылған күн ({value}) істің қабылданған күнінен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the mediation agreement ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Медиация туралы шарттың күні ({value}) істің қабылданған күнінен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the extension ({value}) cannot be earlier than the mediation agreement ({earliest}). Please check the date.</source>
        <translation>Мерзімді ұзарту күні ({value}) медиация туралы шарт жасалған күннен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The closing date ({value}) cannot be earlier than the end of the mediation ({earliest}). Please check the date.</source>
        <translation>Істің жабылған күні ({value}) медиацияның аяқталған күнінен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the assignment ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Тағайындалған күн ({value}) істің қабылданған күнінен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the release ({value}) cannot be earlier than the day the mediator was assigned ({earliest}). Please check the date.</source>
        <translation>Істен босатылған күн ({value}) медиатор тағайындалған күннен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the session ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Кездесу күні ({value}) істің қабылданған күнінен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the settlement agreement ({value}) cannot be earlier than the mediation agreement ({earliest}). Please check the date.</source>
        <translation>Дауды реттеу туралы келісімнің күні ({value}) медиация туралы шарт жасалған күннен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The due date of an obligation ({value}) cannot be earlier than the signing of the settlement agreement ({earliest}). Please check the date.</source>
        <translation>Міндеттемені орындау мерзімі ({value}) дауды реттеу туралы келісімге қол қойылған күннен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the check ({value}) cannot be earlier than the settlement agreement ({earliest}). Please check the date.</source>
        <translation>Тексерілген күн ({value}) дауды реттеу туралы келісім жасалған күннен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The date of the follow-up ({value}) cannot be earlier than the end of the mediation ({earliest}). Please check the date.</source>
        <translation>Орындалуын қадағалау күні ({value}) медиацияның аяқталған күнінен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The next follow-up ({value}) must come at least one day after this follow-up. Please check the date.</source>
        <translation>Келесі қадағалау ({value}) осы қадағалаудан кемінде бір күн кейін болуы керек. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>The case was not found. Check the case number, or refresh the list.</source>
        <translation>Іс табылмады. Істің нөмірін тексеріңіз немесе тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>This case is closed and can no longer be changed.</source>
        <translation>Бұл іс жабылған, оны енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Open it again and make your change once more.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін оны басқа біреу сақтап қойған. Жазбаны қайта ашып, өзгерісіңізді тағы бір рет енгізіңіз.</translation>
    </message>
    <message>
        <source>The district was not found. Choose a district from the list.</source>
        <translation>Аудан табылмады. Ауданды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>The case number must be the unit&apos;s code, the year of intake and a serial number, for example KZ-31-KRD-2026-0042.</source>
        <translation>Істің нөмірі бөлімше кодынан, қабылданған жылдан және реттік нөмірден тұруы керек, мысалы: KZ-31-KRD-2026-0042.</translation>
    </message>
    <message>
        <source>A case numbered {number} already exists. Please check the number.</source>
        <translation>{number} нөмірлі іс бұрыннан бар. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>This step is not possible: a case at the stage “{current}” cannot move to “{target}”. Refresh the case to see its current stage.</source>
        <translation>Бұл қадам мүмкін емес: «{current}» кезеңіндегі іс «{target}» кезеңіне ауыса алмайды. Істің қазіргі кезеңін көру үшін оны жаңартыңыз.</translation>
    </message>
    <message>
        <source>A proposal to mediate can be recorded only while the case is at intake.</source>
        <translation>Медиация ұсынысын іс қабылдау кезеңінде тұрғанда ғана тіркеуге болады.</translation>
    </message>
    <message>
        <source>Before the mediation agreement, add both an applicant and a respondent to the case.</source>
        <translation>Медиация туралы шарт жасалғанға дейін іске өтініш берушіні де, жауапкерді де қосыңыз.</translation>
    </message>
    <message>
        <source>Before the mediation agreement, assign a mediator to the case.</source>
        <translation>Медиация туралы шарт жасалғанға дейін іске медиатор тағайындаңыз.</translation>
    </message>
    <message>
        <source>Only a case in mediation can have its term extended.</source>
        <translation>Мерзімді медиация жүргізіліп жатқан іс бойынша ғана ұзартуға болады.</translation>
    </message>
    <message>
        <source>An extension of the term needs the consent of the parties. Mark that they agreed.</source>
        <translation>Мерзімді ұзарту үшін тараптардың келісімі қажет. Олардың келіскенін белгілеңіз.</translation>
    </message>
    <message>
        <source>This case has used all the extensions of its term that are allowed (at most {allowed}).</source>
        <translation>Бұл іс бойынша мерзімді ұзартудың рұқсат етілген барлық мүмкіндігі пайдаланылды (ең көбі {allowed} рет).</translation>
    </message>
    <message>
        <source>The outcome “{outcome}” needs a signed mediation agreement first.</source>
        <translation>«{outcome}» нәтижесі үшін алдымен медиация туралы шартқа қол қойылуы керек.</translation>
    </message>
    <message>
        <source>A settled case ends because the settlement agreement was signed. Choose that as the reason.</source>
        <translation>Реттелген іс дауды реттеу туралы келісімге қол қойылуымен аяқталады. Себеп ретінде соны таңдаңыз.</translation>
    </message>
    <message>
        <source>Record the settlement agreement before recording that the case was settled.</source>
        <translation>Істің реттелгенін белгілемес бұрын дауды реттеу туралы келісімді тіркеңіз.</translation>
    </message>
    <message>
        <source>“Settlement agreement signed” fits only a settled case. Choose another reason or another outcome.</source>
        <translation>«Дауды реттеу туралы келісімге қол қойылды» деген себеп тек реттелген іске сәйкес келеді. Басқа себепті немесе басқа нәтижені таңдаңыз.</translation>
    </message>
    <message>
        <source>Describe the other ground for ending the mediation.</source>
        <translation>Медиацияны аяқтаудың басқа негізін сипаттап жазыңыз.</translation>
    </message>
    <message>
        <source>Record the outcome of the mediation before closing the case.</source>
        <translation>Істі жаппас бұрын медиацияның нәтижесін тіркеңіз.</translation>
    </message>
    <message>
        <source>Obligations of the settlement agreement not checked yet: {pending}. Check each one before closing the case.</source>
        <translation>Дауды реттеу туралы келісімнің әлі тексерілмеген міндеттемелері: {pending}. Істі жаппас бұрын олардың әрқайсысын тексеріңіз.</translation>
    </message>
    <message>
        <source>Record the party&apos;s consent to personal-data processing before saving their name, IIN or contacts.</source>
        <translation>Тараптың аты-жөні, ЖСН немесе байланыс деректері сақталмас бұрын оның дербес деректерді өңдеуге келісімін тіркеңіз.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Келісім берілген күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>The sex chosen does not match the IIN. Please check both.</source>
        <translation>Таңдалған жынысы ЖСН деректеріне сәйкес келмейді. Екеуін де тексеріңіз.</translation>
    </message>
    <message>
        <source>The birth date does not match the IIN. Please check both.</source>
        <translation>Туған күні ЖСН деректеріне сәйкес келмейді. Екеуін де тексеріңіз.</translation>
    </message>
    <message>
        <source>A group of people has no BIN. Leave the number empty.</source>
        <translation>Адамдар тобында БСН болмайды. Нөмір өрісін бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The phone number should look like +7 7xx xxx xx xx.</source>
        <translation>Телефон нөмірі +7 7xx xxx xx xx түрінде болуы керек.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. It should look like name@example.kz.</source>
        <translation>Электрондық пошта мекенжайы дұрыс емес. Ол name@example.kz сияқты болуы керек.</translation>
    </message>
    <message>
        <source>This party was not found. Refresh the case.</source>
        <translation>Бұл тарап табылмады. Істі жаңартыңыз.</translation>
    </message>
    <message>
        <source>This party already has that role in the case.</source>
        <translation>Бұл тарап іске осы рөлмен бұрыннан қосылған.</translation>
    </message>
    <message>
        <source>Choose the party this representative represents.</source>
        <translation>Осы өкіл қай тараптың атынан әрекет ететінін таңдаңыз.</translation>
    </message>
    <message>
        <source>That participant is not on this case. Refresh the case.</source>
        <translation>Бұл қатысушы осы істе жоқ. Істі жаңартыңыз.</translation>
    </message>
    <message>
        <source>The IIN must contain only the digits 0-9, with no spaces. Character {position} is “{character}”.</source>
        <translation>ЖСН тек 0-9 цифрларынан тұруы керек, бос орынсыз. {position}-таңба — «{character}».</translation>
    </message>
    <message>
        <source>The IIN must have 12 digits, not {given}. Please check the number.</source>
        <translation>ЖСН 12 цифрдан тұруы керек, ал мұнда {given} цифр. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN gives the century of birth and the sex and must be 1 to 6, but it is {digit}. Please check the number.</source>
        <translation>ЖСН-дегі 7-цифр туған ғасыр мен жынысты көрсетеді және 1-ден 6-ға дейін болуы керек, ал мұнда ол — {digit}. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN ({digits}) must be a real birth date: year, month, day. Please check the number.</source>
        <translation>ЖСН-нің алғашқы алты цифры ({digits}) нақты туған күнді көрсетуі керек: жыл, ай, күн. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN gives the birth date {birth_date}, which is in the future. Please check the number.</source>
        <translation>ЖСН бойынша туған күні {birth_date}, бұл — болашақтағы күн. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN fails its check digit: one of its digits is probably mistyped. Please compare it with the identity document.</source>
        <translation>ЖСН бақылау цифры бойынша тексеруден өтпеді: цифрлардың бірі қате терілген болуы мүмкін. Оны жеке басты куәландыратын құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The BIN must contain only the digits 0-9, with no spaces. Character {position} is “{character}”.</source>
        <translation>БСН тек 0-9 цифрларынан тұруы керек, бос орынсыз. {position}-таңба — «{character}».</translation>
    </message>
    <message>
        <source>The BIN must have 12 digits, not {given}. Please check the number.</source>
        <translation>БСН 12 цифрдан тұруы керек, ал мұнда {given} цифр. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of the BIN are the month of registration and must be 01 to 12, but they are {month}. Please check the number.</source>
        <translation>БСН-дегі 3- және 4-цифрлар тіркелген айды көрсетеді және 01-ден 12-ге дейін болуы керек, ал мұнда олар — {month}. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The 5th digit of the BIN must be 4, 5 or 6 and the 6th 0 to 3, but they are {entity_type} and {attribute}. Please check the number.</source>
        <translation>БСН-дегі 5-цифр 4, 5 немесе 6, ал 6-цифр 0-ден 3-ке дейін болуы керек; мұнда олар — {entity_type} және {attribute}. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The BIN fails its check digit: one of its digits is probably mistyped. Please compare it with the registration document.</source>
        <translation>БСН бақылау цифры бойынша тексеруден өтпеді: цифрлардың бірі қате терілген болуы мүмкін. Оны тіркеу құжатымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>This mediator was not found. Refresh the list and choose again.</source>
        <translation>Бұл медиатор табылмады. Тізімді жаңартып, қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The language “{value}” is not one the program knows. Choose a language from the list.</source>
        <translation>«{value}» тілі бағдарламаға белгісіз. Тілді тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>The specialisation “{value}” is not one the program knows. Choose a specialisation from the list.</source>
        <translation>«{value}» мамандануы бағдарламаға белгісіз. Мамандануды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>The mediator&apos;s phone number should look like +7 7xx xxx xx xx.</source>
        <translation>Медиатордың телефон нөмірі +7 7xx xxx xx xx түрінде болуы керек.</translation>
    </message>
    <message>
        <source>The mediator&apos;s e-mail address is not valid. It should look like name@example.kz.</source>
        <translation>Медиатордың электрондық пошта мекенжайы дұрыс емес. Ол name@example.kz сияқты болуы керек.</translation>
    </message>
    <message>
        <source>This mediator still works on open cases: {open_cases}. Release the mediator from those cases first.</source>
        <translation>Бұл медиатор әлі де ашық істер бойынша жұмыс істеп жүр: {open_cases}. Алдымен медиаторды сол істерден босатыңыз.</translation>
    </message>
    <message>
        <source>Describe what prevents the mediator from being impartial in this case.</source>
        <translation>Осы іс бойынша медиатордың бейтарап болуына не кедергі келтіретінін сипаттаңыз.</translation>
    </message>
    <message>
        <source>The case is at the stage “{status}”, so its mediators can no longer be changed.</source>
        <translation>Іс «{status}» кезеңінде, сондықтан оның медиаторларын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>This mediator is not active and cannot take a case. Choose an active mediator.</source>
        <translation>Бұл медиатор белсенді емес, сондықтан іс ала алмайды. Белсенді медиаторды таңдаңыз.</translation>
    </message>
    <message>
        <source>This mediator is already assigned to this case.</source>
        <translation>Бұл медиатор осы іске бұрыннан тағайындалған.</translation>
    </message>
    <message>
        <source>This case already has a lead mediator. Release them first, or assign this mediator as a co-mediator.</source>
        <translation>Бұл істің жетекші медиаторы бұрыннан бар. Алдымен оны босатыңыз немесе осы медиаторды қосымша медиатор етіп тағайындаңыз.</translation>
    </message>
    <message>
        <source>Before the assignment, the mediator must declare whether anything prevents impartiality in this case.</source>
        <translation>Тағайындау алдында медиатор осы іс бойынша бейтарап болуына бірдеңе кедергі келтіре ме, жоқ па — соны мәлімдеуі керек.</translation>
    </message>
    <message>
        <source>This mediator declared a conflict of interest in this case and must decline it. Choose another mediator.</source>
        <translation>Бұл медиатор осы іс бойынша мүдделер қақтығысын мәлімдеді, сондықтан бұл істі алмауы керек. Басқа медиаторды таңдаңыз.</translation>
    </message>
    <message>
        <source>This mediator is not assigned to this case.</source>
        <translation>Бұл медиатор осы іске тағайындалмаған.</translation>
    </message>
    <message>
        <source>The case is at the stage “{status}”, so its sessions can no longer be added or changed.</source>
        <translation>Іс «{status}» кезеңінде, сондықтан оның кездесулерін енді қосуға немесе өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The start time should look like 09:30 (hours:minutes).</source>
        <translation>Басталу уақыты 09:30 түрінде болуы керек (сағат:минут).</translation>
    </message>
    <message>
        <source>The date of the session ({value}) is too far ahead: a session can be planned until {latest}.</source>
        <translation>Кездесу күні ({value}) тым алыс: кездесуді ең кеші {latest} күнге жоспарлауға болады.</translation>
    </message>
    <message>
        <source>The date of the session ({value}) is after the end of the mediation. Please check the date.</source>
        <translation>Кездесу күні ({value}) медиация аяқталғаннан кейінгі күнге түседі. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Some of the people marked as present are not participants of this case. Refresh the case and mark them again.</source>
        <translation>Қатысты деп белгіленгендердің кейбірі осы істің қатысушылары емес. Істі жаңартып, оларды қайта белгілеңіз.</translation>
    </message>
    <message>
        <source>That mediator was not assigned to this case on the date of the session. Choose a mediator who was.</source>
        <translation>Кездесу күні бұл медиатор осы іске тағайындалмаған еді. Сол күні тағайындалған медиаторды таңдаңыз.</translation>
    </message>
    <message>
        <source>This session was not found. Refresh the case.</source>
        <translation>Бұл кездесу табылмады. Істі жаңартыңыз.</translation>
    </message>
    <message>
        <source>The end of the period is earlier than its start. Please correct the dates.</source>
        <translation>Кезеңнің аяқталу күні басталу күнінен ерте. Күндерді түзетіңіз.</translation>
    </message>
    <message>
        <source>The date of the consultation ({value}) is too long ago: the earliest date accepted is {earliest}.</source>
        <translation>Консультация күні ({value}) тым ерте: қабылданатын ең ерте күн — {earliest}.</translation>
    </message>
    <message>
        <source>Only a consultation referred to mediation can be linked to a case.</source>
        <translation>Іспен тек медиацияға жолданған консультацияны байланыстыруға болады.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another unit, so it cannot be linked to this consultation.</source>
        <translation>{case} ісі басқа бөлімшеге тиесілі, сондықтан оны осы консультациямен байланыстыруға болмайды.</translation>
    </message>
    <message>
        <source>Case {case} was registered before this consultation, so the consultation cannot have referred it.</source>
        <translation>{case} ісі осы консультациядан бұрын тіркелген, сондықтан бұл консультация оны жолдаған болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>This mediator is not active. Choose an active mediator.</source>
        <translation>Бұл медиатор белсенді емес. Белсенді медиаторды таңдаңыз.</translation>
    </message>
    <message>
        <source>This mediator belongs to another unit. Choose a mediator of this unit.</source>
        <translation>Бұл медиатор басқа бөлімшеге тиесілі. Осы бөлімшенің медиаторын таңдаңыз.</translation>
    </message>
    <message>
        <source>This consultation was not found. Refresh the list.</source>
        <translation>Бұл консультация табылмады. Тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>A settlement agreement is recorded for a case in mediation; this case is at the stage “{status}”.</source>
        <translation>Дауды реттеу туралы келісім медиация жүргізіліп жатқан іс бойынша тіркеледі; бұл іс «{status}» кезеңінде.</translation>
    </message>
    <message>
        <source>Case {case} already has a settlement agreement.</source>
        <translation>{case} ісі бойынша дауды реттеу туралы келісім бұрыннан бар.</translation>
    </message>
    <message>
        <source>A settlement agreement needs at least one obligation: who does what, by when.</source>
        <translation>Дауды реттеу туралы келісімде кемінде бір міндеттеме болуы керек: кім, не істейді, қашанға дейін.</translation>
    </message>
    <message>
        <source>This obligation was not found. Refresh the case.</source>
        <translation>Бұл міндеттеме табылмады. Істі жаңартыңыз.</translation>
    </message>
    <message>
        <source>The person bound by obligation {position} is not a participant of this case. Choose a participant.</source>
        <translation>{position}-міндеттемені орындауға тиіс адам осы істің қатысушысы емес. Қатысушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>The case is at the stage “{status}”, so the obligations of its settlement agreement can no longer be added or checked.</source>
        <translation>Іс «{status}» кезеңінде, сондықтан оның дауды реттеу туралы келісіміндегі міндеттемелерді енді қосуға немесе тексеруге болмайды.</translation>
    </message>
    <message>
        <source>Choose whether the obligation was kept, partly kept or not kept.</source>
        <translation>Міндеттеменің орындалғанын, ішінара орындалғанын немесе орындалмағанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a settled case is followed up; this case is at the stage “{status}”.</source>
        <translation>Орындалуын қадағалау тек реттелген іс бойынша жүргізіледі; бұл іс «{status}» кезеңінде.</translation>
    </message>
    <message>
        <source>One of the obligations checked is not part of this case&apos;s settlement agreement. Refresh the case.</source>
        <translation>Тексерілген міндеттемелердің бірі осы істің дауды реттеу туралы келісіміне кірмейді. Істі жаңартыңыз.</translation>
    </message>
    <message>
        <source>Feedback is asked once the mediation has ended; this case has not ended yet.</source>
        <translation>Пікір медиация аяқталғаннан кейін сұралады; бұл іс әлі аяқталған жоқ.</translation>
    </message>
    <message>
        <source>Give a score, say whether the party would recommend mediation, or both.</source>
        <translation>Баға қойыңыз, тараптың медиацияны басқаларға ұсынар-ұсынбасын белгілеңіз немесе екеуін де толтырыңыз.</translation>
    </message>
    <message>
        <source>That person is not a participant of this case.</source>
        <translation>Бұл адам осы істің қатысушысы емес.</translation>
    </message>
    <message>
        <source>This participant&apos;s feedback on the case is already recorded.</source>
        <translation>Бұл қатысушының іс бойынша пікірі бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>There is no unit with the code {code}. Check the code.</source>
        <translation>{code} коды бар бөлімше жоқ. Кодты тексеріңіз.</translation>
    </message>
    <message>
        <source>The unit {code} was not working on {day}. Please check the date.</source>
        <translation>{code} бөлімшесі {day} күні жұмыс істемеген. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>There is no setting called {setting}.</source>
        <translation>{setting} деген баптау жоқ.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a whole number from {minimum} to {maximum}.</source>
        <translation>Бүтін сан енгізіңіз: кемінде {minimum}, ең көбі {maximum}.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Please try again.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате. Қайтадан көріңіз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked. Try again in {minutes_left} min.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді, сондықтан тіркелгі бұғатталды. {minutes_left} минуттан кейін қайта көріңіз.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator to switch it on.</source>
        <translation>Бұл тіркелгі өшірілген. Оны қосуды әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters, with at least one letter and one digit.</source>
        <translation>Құпиясөзде кемінде {minimum} таңба болуы керек, оның ішінде кемінде бір әріп және бір цифр.</translation>
    </message>
    <message>
        <source>The user name needs 3 to 64 characters: Latin letters, digits, dot, underscore or hyphen.</source>
        <translation>Пайдаланушы аты 3-тен 64-ке дейін таңбадан тұруы керек: латын әріптері, цифрлар, нүкте, астын сызу немесе дефис.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken. Choose another one.</source>
        <translation>«{username}» деген пайдаланушы аты бұрыннан бар. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>This user was not found. Refresh the list.</source>
        <translation>Бұл пайдаланушы табылмады. Тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Қазіргі құпиясөз қате.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Жаңа құпиясөз қазіргісінен өзгеше болуы керек.</translation>
    </message>
    <message>
        <source>This mediator belongs to another unit than the user. Choose a mediator of the same unit.</source>
        <translation>Бұл медиатор пайдаланушыдан басқа бөлімшеге тиесілі. Пайдаланушымен бір бөлімшедегі медиаторды таңдаңыз.</translation>
    </message>
    <message>
        <source>This mediator already has a user account.</source>
        <translation>Бұл медиатордың пайдаланушы тіркелгісі бұрыннан бар.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be switched off. Make another user an administrator first.</source>
        <translation>Соңғы белсенді әкімшіні өшіруге болмайды. Алдымен басқа пайдаланушыны әкімші етіңіз.</translation>
    </message>
    <message>
        <source>An encrypted demo database is made new, and there is already a database there.</source>
        <translation>Шифрланған демо дерекқор жаңадан жасалады, ал ол жерде дерекқор бар.</translation>
    </message>
    <message>
        <source>The number of demo cases must be from {minimum} to {maximum}.</source>
        <translation>Демо істердің саны кемінде {minimum}, ең көбі {maximum} болуы керек.</translation>
    </message>
    <message>
        <source>Demo data cannot end after today. Choose today or an earlier date.</source>
        <translation>Демо деректер бүгіннен кейін аяқтала алмайды. Бүгінгі немесе одан ертерек күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>None of the demo units was open in the two years before the chosen end date. Choose a later end date.</source>
        <translation>Таңдалған аяқталу күнінің алдындағы екі жылда демо бөлімшелердің ешқайсысы жұмыс істемеген. Кешірек аяқталу күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data is made only in an empty database, so that it never mixes with real records.</source>
        <translation>Бұл дерекқорда жазбалар бар. Демо деректер нақты жазбалармен ешқашан араласпауы үшін тек бос дерекқорда жасалады.</translation>
    </message>
    <message>
        <source>Demo data can be made only in a database file on this computer.</source>
        <translation>Демо деректерді тек осы компьютердегі дерекқор файлында жасауға болады.</translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft. Save the form to keep it.</source>
        <translation>Сіз терген мәтінді жоба ретінде сақтау мүмкін болмады. Оны сақтап қалу үшін форманы сақтаңыз.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s work; try again in a moment.</source>
        <translation>Дерекқорды қазір басқа пайдаланушы пайдаланып жатыр; сәлден кейін қайта көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Дискіде орын қалмады, сондықтан ештеңе сақталмады. Біраз орын босатып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Tatulyq database. Restore the latest backup or call your administrator.</source>
        <translation>Дерекқор файлы зақымдалған немесе ол Tatulyq дерекқоры емес. Соңғы сақтық көшірмені қалпына келтіріңіз немесе әкімшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check that the folder is not read-only, or call your administrator.</source>
        <translation>Дерекқор файлын жазу үшін ашу мүмкін емес. Қалтаның «тек оқуға арналған» емес екенін тексеріңіз немесе әкімшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>This change breaks a rule of the database and was not saved. Refresh and try again.</source>
        <translation>Бұл өзгеріс дерекқор ережесін бұзады, сондықтан сақталмады. Жаңартып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection and try again.</source>
        <translation>Дерекқор серверіне қосылу мүмкін емес. Желі байланысын тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>This works only with a database file on this computer, not with a database server.</source>
        <translation>Бұл тек осы компьютердегі дерекқор файлымен жұмыс істейді, дерекқор серверімен жұмыс істемейді.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Tatulyq. Install the newer version; the database was not changed.</source>
        <translation>Бұл дерекқорды Tatulyq бағдарламасының жаңарақ нұсқасы жасаған. Жаңарақ нұсқасын орнатыңыз; дерекқор өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This database holds other data and is not a Tatulyq database. It was not changed.</source>
        <translation>Бұл дерекқорда басқа деректер сақталған, ол Tatulyq дерекқоры емес. Дерекқор өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Updating the database would break links between its records, so nothing was changed. Call your administrator.</source>
        <translation>Дерекқорды жаңарту оның жазбалары арасындағы байланыстарды бұзар еді, сондықтан ештеңе өзгертілмеді. Әкімшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only after signing in with a user&apos;s password.</source>
        <translation>Бұл дерекқор шифрланған: ол тек пайдаланушының құпиясөзімен кіргеннен кейін ашылады.</translation>
    </message>
    <message>
        <source>The database file does not open with its key: it was replaced by another file, or it is damaged. Call your administrator.</source>
        <translation>Дерекқор файлы өз кілтімен ашылмайды: ол басқа файлмен ауыстырылған немесе зақымдалған. Әкімшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>A database is already there; it was not replaced.</source>
        <translation>Ол жерде дерекқор бар; ол ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>The key file of the encrypted database is missing ({path}). Put it back, or set a new password with the recovery key (Forgot your password?).</source>
        <translation>Шифрланған дерекқордың кілт файлы жоқ ({path}). Оны орнына қойыңыз немесе қалпына келтіру кілтімен жаңа құпиясөз орнатыңыз («Құпиясөзді ұмыттыңыз ба?»).</translation>
    </message>
    <message>
        <source>The key file of the database cannot be read ({path}). Check the folder&apos;s permissions.</source>
        <translation>Дерекқордың кілт файлын оқу мүмкін емес ({path}). Қалтаға кіру құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The key file of the database is damaged. Set a new password with the recovery key (Forgot your password?): a new key file is written.</source>
        <translation>Дерекқордың кілт файлы зақымдалған. Қалпына келтіру кілтімен жаңа құпиясөз орнатыңыз («Құпиясөзді ұмыттыңыз ба?»): жаңа кілт файлы жазылады.</translation>
    </message>
    <message>
        <source>The key file of the database cannot be written ({path}). The change of the user was saved, but their password may not open the database yet: set it again when the disk can be written.</source>
        <translation>Дерекқордың кілт файлын жазу мүмкін емес ({path}). Пайдаланушыға қатысты өзгеріс сақталды, бірақ оның құпиясөзі дерекқорды әзірге аша алмауы мүмкін: дискіге жазу мүмкін болғанда құпиясөзді қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>A key file is already there ({path}); it was not replaced.</source>
        <translation>Ол жерде кілт файлы бар ({path}); ол ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>The key file is busy with another program; try again in a moment.</source>
        <translation>Кілт файлын қазір басқа бағдарлама пайдаланып жатыр; сәлден кейін қайта көріңіз.</translation>
    </message>
    <message>
        <source>The key file beside the database belongs to another database ({path}); nothing was changed.</source>
        <translation>Дерекқордың жанындағы кілт файлы басқа дерекқорға тиесілі ({path}); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>A recovery key is 32 letters and digits in 8 groups of 4, like ABCD-EFGH-…; check what was typed.</source>
        <translation>Қалпына келтіру кілті 4 таңбадан тұратын 8 топқа бөлінген 32 әріп пен цифрдан тұрады, мысалы ABCD-EFGH-…; терілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this database. Check each group of letters.</source>
        <translation>Бұл қалпына келтіру кілті осы дерекқорға тиесілі емес. Әр топтағы таңбаларды тексеріңіз.</translation>
    </message>
    <message>
        <source>There is no active user {username} in this database.</source>
        <translation>Бұл дерекқорда {username} деген белсенді пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>The recovery key could not be saved to that file; choose another place or print it.</source>
        <translation>Қалпына келтіру кілтін ол файлға сақтау мүмкін болмады; басқа орынды таңдаңыз немесе оны басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>Дерекқор әлдеқашан шифрланған.</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it was left as it was, and the backup made first is kept.</source>
        <translation>Дерекқорды шифрлау мүмкін болмады; ол бұрынғы күйінде қалды, алдымен жасалған сақтық көшірме сақталды.</translation>
    </message>
    <message>
        <source>Another program (or another window of Tatulyq) has the database open. Close it and try again.</source>
        <translation>Дерекқорды басқа бағдарлама (немесе Tatulyq-тың басқа терезесі) ашып отыр. Оны жауып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>Only an administrator can encrypt the database.</source>
        <translation>Дерекқорды тек әкімші шифрлай алады.</translation>
    </message>
    <message>
        <source>The backup cannot be written to the chosen folder. Choose another folder and try again.</source>
        <translation>Сақтық көшірмені таңдалған қалтаға жазу мүмкін емес. Басқа қалтаны таңдап, қайта көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup was written. Free some space or choose another disk.</source>
        <translation>Дискіде орын қалмады, сондықтан сақтық көшірме жазылмады. Біраз орын босатыңыз немесе басқа дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup could not be written. Try again; if it fails again, call your administrator.</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады. Қайта көріңіз; тағы сәтсіз болса, әкімшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>That file is the database in use. Choose a backup file.</source>
        <translation>Бұл файл — қазір пайдаланылып жатқан дерекқор. Сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup was not restored because it is damaged or incomplete; nothing was changed. Choose another backup file.</source>
        <translation>Сақтық көшірме зақымдалған немесе толық емес болғандықтан, қалпына келтірілмеді; ештеңе өзгертілмеді. Басқа сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tatulyq (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>Бұл сақтық көшірмені Tatulyq-тың жаңарақ нұсқасы жасаған (схема {revision}). Оны қалпына келтіру үшін сол нұсқаны орнатыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The restore did not go through, and the database was put back as it was. A copy of it is at {path}. Call your administrator.</source>
        <translation>Қалпына келтіру орындалмады, дерекқор бұрынғы күйіне қайтарылды. Оның көшірмесі: {path}. Әкімшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>There is no file {path}. Choose a backup file.</source>
        <translation>{path} файлы жоқ. Сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself. Choose another file.</source>
        <translation>Сақтық көшірмені дерекқордың өзінің үстіне жазуға болмайды. Басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name or another folder.</source>
        <translation>{path} файлы бұрыннан бар. Басқа атау немесе басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the backup file to write.</source>
        <translation>{path} — қалта. Жазылатын сақтық көшірме файлының атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no folder {path}. Choose an existing folder, or insert the USB stick.</source>
        <translation>{path} қалтасы жоқ. Бар қалтаны таңдаңыз немесе USB жинақтауышты салыңыз.</translation>
    </message>
    <message>
        <source>The copy was written, but reading it back found it damaged. Do not rely on it: write it to another disk or USB stick.</source>
        <translation>Көшірме жазылды, бірақ оны қайта оқығанда зақымдалғаны анықталды. Оған сенбеңіз: көшірмені басқа дискіге немесе USB жинақтауышқа жазыңыз.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: it is damaged, or it is not an Excel workbook or a CSV file.</source>
        <translation>{name} файлын оқу мүмкін емес: ол бүлінген немесе Excel кітабы не CSV файлы емес.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file. An older .xls workbook can first be saved as .xlsx in Excel.</source>
        <translation>{name} импортталмайды: Excel кітабын (.xlsx) немесе CSV файлын таңдаңыз. Ескі .xls кітабын алдымен Excel-де .xlsx ретінде сақтауға болады.</translation>
    </message>
    <message>
        <source>The workbook has no sheet called “{sheet}”. Choose a sheet from the list.</source>
        <translation>Кітапта «{sheet}» деген парақ жоқ. Тізімнен парақ таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} has no rows of data under its header. Choose another sheet or file.</source>
        <translation>{name} файлында тақырыптың астында деректер жолдары жоқ. Басқа парақты немесе файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read. Choose a mapping file saved by Tatulyq.</source>
        <translation>Сәйкестендіру файлы оқылмайды. Tatulyq сақтаған сәйкестендіру файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>No column is matched to the intake date. Choose the column that holds it.</source>
        <translation>Қабылданған күнге бірде-бір баған сәйкестендірілмеген. Сол күн жазылған бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>No column is matched to the category of the dispute. Choose the column that holds it.</source>
        <translation>Дау санатына бірде-бір баған сәйкестендірілмеген. Санат жазылған бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>The intake date is empty.</source>
        <translation>Қабылданған күні толтырылмаған.</translation>
    </message>
    <message>
        <source>The category of the dispute is empty.</source>
        <translation>Дау санаты толтырылмаған.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write dates as dd.mm.yyyy.</source>
        <translation>«{value}» — күн емес. Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>«{value}» мәні «иә» де, «жоқ» та емес.</translation>
    </message>
    <message>
        <source>“{value}” is not matched to any item of the program&apos;s list. Match it on the Values page.</source>
        <translation>«{value}» бағдарлама тізімінің бірде-бір тармағына сәйкестендірілмеген. Оны мәндерді сәйкестендіру бетінде таңдаңыз.</translation>
    </message>
    <message>
        <source>There is an IIN or BIN, but no name of that party.</source>
        <translation>ЖСН немесе БСН бар, бірақ тараптың аты жоқ.</translation>
    </message>
    <message>
        <source>A case refused at intake needs the ground on which the law excludes it.</source>
        <translation>Қабылдаудан бас тартылған іске заң оны медиациядан шығаратын негіз көрсетілуі керек.</translation>
    </message>
    <message>
        <source>The closing date ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Іс жабылған күн ({value}) қабылданған күннен ({earliest}) ерте бола алмайды. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>An outcome needs the date the mediation ended.</source>
        <translation>Нәтижемен бірге медиация аяқталған күн де жазылуы керек.</translation>
    </message>
    <message>
        <source>The register says “{status}”, but the dates and the outcome in this row bring the case to “{target}”.</source>
        <translation>Тізілімде «{status}» деп жазылған, бірақ осы жолдағы күндер мен нәтиже бойынша іс «{target}» кезеңінде.</translation>
    </message>
    <message>
        <source>The unit {unit} is not among your units, so you cannot import or undo its cases.</source>
        <translation>{unit} бөлімшесі сіздің бөлімшелеріңіздің қатарында жоқ, сондықтан оның істерін импорттай да, кері қайтара да алмайсыз.</translation>
    </message>
    <message>
        <source>That import was not found. Refresh the list.</source>
        <translation>Бұл импорт табылмады. Тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Бұл импорт бұрын кері қайтарылған.</translation>
    </message>
    <message>
        <source>The import cannot be undone: case {number} has been worked on since it was imported. Change that case by hand instead.</source>
        <translation>Импортты кері қайтару мүмкін емес: {number} ісімен импорттан кейін жұмыс істелді. Оның орнына сол істі қолмен өзгертіңіз.</translation>
    </message>
    <message>
        <source>{text} is not a period. Write a month (2026-10), a quarter (2026-Q3) or a year (2026).</source>
        <translation>{text} — кезең емес. Айды (2026-10), тоқсанды (2026-Q3) немесе жылды (2026) жазыңыз.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Please check the dates.</source>
        <translation>Кезең басталмай тұрып ({start}) аяқталады ({end}). Күндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Give either a period (a month, a quarter or a year) or a range of days with both its first and its last day.</source>
        <translation>Не кезеңді (ай, тоқсан немесе жыл), не күндер аралығын оның бірінші және соңғы күнімен бірге көрсетіңіз.</translation>
    </message>
    <message>
        <source>A report can be made in Kazakh, Russian or English only.</source>
        <translation>Есепті тек қазақ, орыс немесе ағылшын тілінде жасауға болады.</translation>
    </message>
    <message>
        <source>Choose PDF or XLSX: the file name {name} ends in neither.</source>
        <translation>PDF немесе XLSX пішімін таңдаңыз: {name} файл атауы олардың ешқайсысымен аяқталмайды.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the file to write.</source>
        <translation>{path} — бұл қалта. Жазылатын файлдың атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Choose another folder.</source>
        <translation>{path} қалтасы жоқ. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The disk is full; the report was not saved. Free some space and try again.</source>
        <translation>Дискіде орын жоқ; есеп сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The report cannot be saved as {path}. Choose another folder, or close the file if another program has it open.</source>
        <translation>Есепті {path} ретінде сақтау мүмкін емес. Басқа қалтаны таңдаңыз немесе файл басқа бағдарламада ашық болса, оны жабыңыз.</translation>
    </message>
    <message>
        <source>A document can be made in Kazakh, Russian or English only.</source>
        <translation>Құжатты тек қазақ, орыс немесе ағылшын тілінде жасауға болады.</translation>
    </message>
    <message>
        <source>A party is chosen for the consent form only; the agreements name every party.</source>
        <translation>Тарап тек келісім нысаны үшін таңдалады; шарт пен келісімде барлық тараптар аталады.</translation>
    </message>
    <message>
        <source>Case {case} has no settlement agreement yet. Record the settlement agreement in the case, then print it.</source>
        <translation>{case} ісінде әзірге дауды реттеу туралы келісім жоқ. Алдымен келісімді іске енгізіңіз, содан кейін басып шығарыңыз.</translation>
    </message>
    <message>
        <source>That party does not take part in case {case}. Choose a party of this case.</source>
        <translation>Бұл тарап {case} ісіне қатыспайды. Осы істің тарабын таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a person gives consent to personal data processing; this party is an organisation, a group or a state body.</source>
        <translation>Дербес деректерді өңдеуге келісімді тек жеке тұлға береді; бұл тарап – ұйым, топ немесе мемлекеттік орган.</translation>
    </message>
    <message>
        <source>Case {case} has no person among its parties, so there is no consent form to print.</source>
        <translation>{case} ісінің тараптары арасында жеке тұлға жоқ, сондықтан басып шығаратын келісім нысаны жоқ.</translation>
    </message>
    <message>
        <source>The disk is full; the document was not saved. Free some space and try again.</source>
        <translation>Диск толы, құжат сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The document cannot be saved as {path}. Choose another folder, or close the file if another program has it open.</source>
        <translation>Құжатты {path} ретінде сақтау мүмкін емес. Басқа қалтаны таңдаңыз немесе файл басқа бағдарламада ашық болса, оны жабыңыз.</translation>
    </message>
    <message>
        <source>The printer did not start printing. Check that it is switched on and connected, then try again.</source>
        <translation>Принтер басып шығаруды бастамады. Оның қосулы әрі компьютерге жалғанғанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The printer stopped in the middle of the document; nothing more was sent. Check the printer and print again.</source>
        <translation>Принтер құжаттың ортасында тоқтап қалды; қалған беттер жіберілмеді. Принтерді тексеріп, қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the head of the centre or the administrator if it needs doing.</source>
        <translation>Сіздің рөліңізге бұған рұқсат жоқ. Бұл қажет болса, орталық басшысына немесе әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another unit: it is not among the cases of your units.</source>
        <translation>{case} ісі басқа бөлімшеге тиесілі: ол сіздің бөлімшелеріңіздің істері қатарында жоқ.</translation>
    </message>
    <message>
        <source>This record belongs to another unit: only that unit&apos;s users may change it.</source>
        <translation>Бұл жазба басқа бөлімшеге тиесілі: оны тек сол бөлімшенің пайдаланушылары өзгерте алады.</translation>
    </message>
    <message>
        <source>The end of the period is earlier than its start. Please check the dates.</source>
        <translation>Кезеңнің соңы басынан ерте. Күндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>{username} деген пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Choose another folder, or free some space.</source>
        <translation>{path} файлын жазу мүмкін болмады. Басқа қалтаны таңдаңыз немесе дискіде орын босатыңыз.</translation>
    </message>
    <message>
        <source>Entry {seq} of the audit trail does not check out, so nothing was de-identified. Call your administrator: the database needs checking.</source>
        <translation>Аудит журналының {seq} жазбасы тексеруден өтпеді, сондықтан ештеңе иесіздендірілмеді. Әкімшіге хабарласыңыз: дерекқорды тексеру қажет.</translation>
    </message>
    <message>
        <source>Type a passphrase to protect the exchange keys.</source>
        <translation>Алмасу кілттерін қорғау үшін құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>The passphrase of the exchange keys is wrong. Check the keyboard layout and Caps Lock.</source>
        <translation>Алмасу кілттерінің құпия фразасы қате. Пернетақта тілін және Caps Lock пернесін тексеріңіз.</translation>
    </message>
    <message>
        <source>The exchange key file {path} cannot be read. Check that it exists and try again.</source>
        <translation>{path} алмасу кілттерінің файлын оқу мүмкін емес. Файлдың бар екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The exchange key file {path} is damaged. Restore it from a copy, or make new keys and read their fingerprint to the council again.</source>
        <translation>{path} алмасу кілттерінің файлы бүлінген. Оны көшірмеден қалпына келтіріңіз немесе жаңа кілттер жасап, олардың бақылау цифрларын кеңеске қайта айтып беріңіз.</translation>
    </message>
    <message>
        <source>The exchange key file {path} cannot be written. Choose another folder, or free some space.</source>
        <translation>{path} алмасу кілттерінің файлын жазу мүмкін емес. Басқа қалтаны таңдаңыз немесе дискіде орын босатыңыз.</translation>
    </message>
    <message>
        <source>The directory of units is not signed by the republican mediation council, or was changed after signing. It was not installed.</source>
        <translation>Бөлімшелер анықтамалығына республикалық медиация кеңесі қол қоймаған немесе ол қол қойылғаннан кейін өзгертілген. Анықтамалық орнатылмады.</translation>
    </message>
    <message>
        <source>The directory of units cannot be read: it may come from a newer version of Tatulyq. It was not installed.</source>
        <translation>Бөлімшелер анықтамалығын оқу мүмкін емес: ол Tatulyq бағдарламасының жаңарақ нұсқасында жасалған болуы мүмкін. Анықтамалық орнатылмады.</translation>
    </message>
    <message>
        <source>This directory of units is version {version}, not newer than the installed version {installed}. It was not installed.</source>
        <translation>Бұл бөлімшелер анықтамалығының нұсқасы — {version}, ол орнатылған {installed} нұсқасынан жаңа емес. Анықтамалық орнатылмады.</translation>
    </message>
    <message>
        <source>The file is too large to be a monthly package. It was not opened.</source>
        <translation>Файл айлық пакет болу үшін тым үлкен. Ол ашылмады.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists and that the USB stick is inserted.</source>
        <translation>{path} файлын оқу мүмкін емес. Файлдың бар екенін және USB жинақтауыштың салынғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>This file is not a Tatulyq monthly package.</source>
        <translation>Бұл файл Tatulyq айлық пакеті емес.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Tatulyq (format {version}). Update the program, then import it again.</source>
        <translation>Пакет Tatulyq бағдарламасының жаңарақ нұсқасында жасалған ({version} пішімі). Бағдарламаны жаңартып, пакетті қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>This package is meant for another council: it is not encrypted to this council&apos;s key.</source>
        <translation>Бұл пакет басқа кеңеске арналған: ол осы кеңестің кілтімен шифрланбаған.</translation>
    </message>
    <message>
        <source>The package is damaged or was changed after it was made. Ask the sender to send it again.</source>
        <translation>Пакет бүлінген немесе жасалғаннан кейін өзгертілген. Жіберушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>The package holds a file with a forbidden name ({name}). It was refused.</source>
        <translation>Пакетте тыйым салынған атауы бар файл бар ({name}). Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package holds the file {name} twice. It was refused.</source>
        <translation>Пакетте {name} файлы екі рет кездеседі. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package holds a file that does not belong in it ({name}). It was refused.</source>
        <translation>Пакетте оған тиесілі емес файл бар ({name}). Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package lacks the file {name}. Ask the sender to send it again.</source>
        <translation>Пакетте {name} файлы жоқ. Жіберушіден пакетті қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>The file {name} in the package is compressed, which packages never are. It was refused.</source>
        <translation>Пакеттегі {name} файлы сығылған, ал пакет файлдары ешқашан сығылмайды. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The file {name} in the package is larger than allowed. It was refused.</source>
        <translation>Пакеттегі {name} файлы рұқсат етілгеннен үлкен. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The contents of the package cannot be read. Ask the sender to send it again.</source>
        <translation>Пакеттің мазмұнын оқу мүмкін емес. Жіберушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>The description of the package&apos;s contents is not valid: it may come from a newer version of Tatulyq. It was refused.</source>
        <translation>Пакет мазмұнының сипаттамасы жарамсыз: ол Tatulyq бағдарламасының жаңарақ нұсқасында жасалған болуы мүмкін. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package is not signed by a known key of unit {unit}. Update the directory of units, or ask the sender to check their keys.</source>
        <translation>Пакетке {unit} бөлімшесінің белгілі кілтімен қол қойылмаған. Бөлімшелер анықтамалығын жаңартыңыз немесе жіберушіден кілттерін тексеруін сұраңыз.</translation>
    </message>
    <message>
        <source>The signature of the package does not match its contents. It was refused.</source>
        <translation>Пакеттің қолтаңбасы оның мазмұнына сәйкес келмейді. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The file {name} in the package was changed after it was signed. It was refused.</source>
        <translation>Пакеттегі {name} файлы қол қойылғаннан кейін өзгертілген. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>Line {line} of {file} in the package is not valid ({reason}). The package was refused; ask the sender to update Tatulyq and send it again.</source>
        <translation>Пакеттегі {file} файлының {line}-жолы жарамсыз ({reason}). Пакет қабылданбады; жіберушіден Tatulyq бағдарламасын жаңартып, пакетті қайта жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>The package holds a row already in this database from elsewhere ({row}). The package was refused.</source>
        <translation>Пакетте бұл дерекқорда басқа жерден түскен күйінде бұрыннан тұрған жол бар ({row}). Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>This case came from unit {unit} in a monthly package; it can be changed only there.</source>
        <translation>Бұл іс {unit} бөлімшесінен айлық пакетпен келген; оны тек сол жерде өзгертуге болады.</translation>
    </message>
    <message>
        <source>This cannot be linked to a case, party or mediator that came from unit {unit} in a monthly package: the unit&apos;s next package replaces it.</source>
        <translation>Мұны {unit} бөлімшесінен айлық пакетпен келген іске, тарапқа немесе медиаторға байланыстыруға болмайды: бөлімшенің келесі пакеті оны ауыстырады.</translation>
    </message>
    <message>
        <source>Forwarded package {line} inside this package cannot be read. The whole package was refused; ask the sender to send it again.</source>
        <translation>Осы пакеттің ішіндегі қайта жолданған {line}-пакетті оқу мүмкін емес. Пакет толығымен қабылданбады; жіберушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>Forwarded package {line} (unit {unit}) was not addressed to this council by its unit. The whole package was refused.</source>
        <translation>Қайта жолданған {line}-пакетті ({unit} бөлімшесі) бөлімше бұл кеңеске арнамаған. Пакет толығымен қабылданбады.</translation>
    </message>
    <message>
        <source>The package forwards {count} packages of other units; at most {limit} are accepted. It was refused.</source>
        <translation>Пакет басқа бөлімшелердің {count} пакетін қайта жолдайды, ал ең көбі {limit} пакет қабылданады. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The passphrase of the exchange keys needs at least {minimum} characters: a short sentence.</source>
        <translation>Алмасу кілттерінің құпия фразасы кемінде {minimum} таңбадан тұруы керек: қысқа сөйлем жазыңыз.</translation>
    </message>
    <message>
        <source>This installation already has exchange keys ({path}). They were kept: the council already trusts them.</source>
        <translation>Бұл компьютерде алмасу кілттері бұрыннан бар ({path}). Олар өзгертілмеді: кеңес оларға бұрыннан сенеді.</translation>
    </message>
    <message>
        <source>This installation has no exchange keys yet. Make them first on the Exchange page.</source>
        <translation>Бұл компьютерде алмасу кілттері әлі жоқ. Алдымен оларды «Деректер алмасу» бетінде жасаңыз.</translation>
    </message>
    <message>
        <source>The file {path} is not a Tatulyq public key file, or it was changed. It was not used.</source>
        <translation>{path} файлы Tatulyq ашық кілт файлы емес немесе ол өзгертілген. Ол пайдаланылмады.</translation>
    </message>
    <message>
        <source>The public key file {path} cannot be read. Check that it exists and try again.</source>
        <translation>{path} ашық кілт файлын оқу мүмкін емес. Файлдың бар екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The public key file {path} cannot be written. Choose another folder, or insert the USB stick.</source>
        <translation>{path} ашық кілт файлын жазу мүмкін емес. Басқа қалтаны таңдаңыз немесе USB жинақтауышты салыңыз.</translation>
    </message>
    <message>
        <source>This file is not a Tatulyq directory of units. Nothing was installed.</source>
        <translation>Бұл файл Tatulyq бөлімшелер анықтамалығы емес. Ештеңе орнатылмады.</translation>
    </message>
    <message>
        <source>The directory file is damaged or incomplete. Nothing was installed; ask the republican mediation council to send it again.</source>
        <translation>Анықтамалық файлы бүлінген немесе толық емес. Ештеңе орнатылмады; республикалық медиация кеңесінен оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>The installed directory of units (version {version}) no longer matches its signature. Install the newest directory file from the republican mediation council again.</source>
        <translation>Орнатылған бөлімшелер анықтамалығы ({version} нұсқасы) енді өз қолтаңбасына сәйкес келмейді. Республикалық медиация кеңесінен келген ең соңғы анықтамалық файлын қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>This is the first directory of units installed here: type the fingerprint of the republican mediation council&apos;s key, as they read it out to you over the phone.</source>
        <translation>Бұл мұнда орнатылатын алғашқы бөлімшелер анықтамалығы: республикалық медиация кеңесінің кілтінің бақылау цифрларын телефонмен айтып бергендей етіп теріңіз.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not that of the republican mediation council&apos;s key in this directory. Nothing was installed; check the digits with the republican council.</source>
        <translation>Сіз терген бақылау цифрлары осы анықтамалықтағы республикалық медиация кеңесі кілтінің цифрларына сәйкес келмейді. Ештеңе орнатылмады; цифрларды республикалық кеңеспен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>The directory names units this version of Tatulyq does not know ({codes}). Nothing was installed; update the program first, then install the directory again.</source>
        <translation>Анықтамалықта Tatulyq бағдарламасының осы нұсқасы білмейтін бөлімшелер бар ({codes}). Ештеңе орнатылмады; алдымен бағдарламаны жаңартып, содан кейін анықтамалықты қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>Only the republican mediation council publishes the directory of units; these keys are of {unit}.</source>
        <translation>Бөлімшелер анықтамалығын тек республикалық медиация кеңесі шығарады; бұл кілттер {unit} бөлімшесіне тиесілі.</translation>
    </message>
    <message>
        <source>The list of units has no single republican mediation council, so no directory can be published.</source>
        <translation>Бөлімшелер тізімінде жалғыз республикалық медиация кеңесі жоқ, сондықтан анықтамалықты шығару мүмкін емес.</translation>
    </message>
    <message>
        <source>The council&apos;s key in use is not among the directory&apos;s keys. Add it as the council&apos;s new key and publish once with the previous key.</source>
        <translation>Кеңестің қазір қолданылып жүрген кілті анықтамалықтың кілттері арасында жоқ. Оны кеңестің жаңа кілті ретінде қосып, анықтамалықты бір рет алдыңғы кілтпен шығарыңыз.</translation>
    </message>
    <message>
        <source>The directory file {path} cannot be written. Choose another folder, or insert the USB stick. Nothing was published.</source>
        <translation>{path} анықтамалық файлын жазу мүмкін емес. Басқа қалтаны таңдаңыз немесе USB жинақтағышты салыңыз. Ештеңе шығарылмады.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match the key file of {unit}. The key was not added; read the digits again with the unit.</source>
        <translation>Сіз терген бақылау цифрлары {unit} бөлімшесінің кілт файлына сәйкес келмейді. Кілт қосылмады; цифрларды бөлімшемен қайта салыстырыңыз.</translation>
    </message>
    <message>
        <source>This key file was made for the unit {key_unit}, not {unit}. The key was not added.</source>
        <translation>Бұл кілт файлы {unit} үшін емес, {key_unit} бөлімшесі үшін жасалған. Кілт қосылмады.</translation>
    </message>
    <message>
        <source>This key is already among the directory&apos;s keys (unit {unit}). Nothing was added.</source>
        <translation>Бұл кілт анықтамалықтың кілттері арасында бұрыннан бар ({unit} бөлімшесі). Ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>The unit {unit} is not in the directory of units. Install the newest directory from the republican mediation council.</source>
        <translation>{unit} бөлімшесі бөлімшелер анықтамалығында жоқ. Республикалық медиация кеңесінен келген ең соңғы анықтамалықты орнатыңыз.</translation>
    </message>
    <message>
        <source>The unit {unit} has no council above it to send monthly packages to.</source>
        <translation>{unit} бөлімшесінің айлық пакеттерді жіберетін жоғары тұрған кеңесі жоқ.</translation>
    </message>
    <message>
        <source>The council {unit} has no key in the directory of units valid on {day}. Install a newer directory from the republican mediation council.</source>
        <translation>Бөлімшелер анықтамалығында {unit} кеңесінің {day} күні жарамды кілті жоқ. Республикалық медиация кеңесінен жаңарақ анықтамалықты орнатыңыз.</translation>
    </message>
    <message>
        <source>The month {period} is not over yet; it can be prepared from {first_day}.</source>
        <translation>{period} айы әлі аяқталған жоқ; оны {first_day} бастап дайындауға болады.</translation>
    </message>
    <message>
        <source>The month {period} has {count} problems to look at. Correct them, or choose to send the month as it is.</source>
        <translation>{period} айында қарап шығу керек {count} мәселе бар. Оларды түзетіңіз немесе айды қазіргі күйінде жіберуді таңдаңыз.</translation>
    </message>
    <message>
        <source>This installation has no unit yet; finish the set-up first.</source>
        <translation>Бұл компьютерге әлі бөлімше таңдалмаған; алдымен баптауды аяқтаңыз.</translation>
    </message>
    <message>
        <source>No directory of units is installed yet. Install the directory file from the republican mediation council first.</source>
        <translation>Бөлімшелер анықтамалығы әлі орнатылмаған. Алдымен республикалық медиация кеңесі жіберген анықтамалық файлын орнатыңыз.</translation>
    </message>
    <message>
        <source>The exchange keys are of the unit {key_unit}, but this installation serves {unit}.</source>
        <translation>Алмасу кілттері {key_unit} бөлімшесіне тиесілі, ал бұл компьютер {unit} бөлімшесіне қызмет етеді.</translation>
    </message>
    <message>
        <source>The package could not be written to {path}. Choose another folder or USB stick, or free some space. Nothing was recorded.</source>
        <translation>Пакетті {path} қалтасына жазу мүмкін болмады. Басқа қалтаны немесе USB жинақтауышты таңдаңыз не орын босатыңыз. Ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>The refused file could not be put into the quarantine folder {path}. Free some space.</source>
        <translation>Қабылданбаған файлды {path} карантин қалтасына салу мүмкін болмады. Дискіде орын босатыңыз.</translation>
    </message>
    <message>
        <source>The receipt could not be written to {path}. Free some space and import the file again.</source>
        <translation>Түбіртекті {path} қалтасына жазу мүмкін болмады. Орын босатып, файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The file {name} is not a valid receipt.</source>
        <translation>{name} файлы жарамды түбіртек емес.</translation>
    </message>
    <message>
        <source>The receipt {name} is not signed by a key of {unit} in the directory of units.</source>
        <translation>{name} түбіртегіне бөлімшелер анықтамалығындағы {unit} кілтімен қол қойылмаған.</translation>
    </message>
    <message>
        <source>The receipt {name} is about a package that was not sent from here.</source>
        <translation>{name} түбіртегі осы жерден жіберілмеген пакет туралы.</translation>
    </message>
    <message>
        <source>The package is for the unit {unit} but was signed by {sender}; a unit sends only its own month. It was refused.</source>
        <translation>Пакет {unit} бөлімшесі үшін жасалған, бірақ оған {sender} қол қойған; әр бөлімше тек өз айын жібереді. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The unit {unit} is not in the directory of units. The package was refused.</source>
        <translation>{unit} бөлімшесі бөлімшелер анықтамалығында жоқ. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package of {unit} is for {period}, a month that has not begun yet. It was refused.</source>
        <translation>{unit} пакеті әлі басталмаған {period} айына арналған. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The unit {unit} was not open in {period} according to the directory of units. The package was refused.</source>
        <translation>Бөлімшелер анықтамалығы бойынша {unit} бөлімшесі {period} айында жұмыс істемеген. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The council {council} forwarded a package of the unit {unit}, which is not below it. The whole package was refused.</source>
        <translation>{council} кеңесі өзіне бағынбайтын {unit} бөлімшесінің пакетін жіберген. Пакет толығымен қабылданбады.</translation>
    </message>
    <message>
        <source>The unit {unit} is not below {council}; its packages are not imported here.</source>
        <translation>{unit} бөлімшесі {council} бөлімшесіне бағынбайды; оның пакеттері мұнда импортталмайды.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} was made before a package of that unit already imported here. It was refused as a replayed copy.</source>
        <translation>{unit} бөлімшесінің {period} айына арналған пакеті осы бөлімшенің мұнда бұрын импортталған пакетінен ертерек жасалған. Ол қайта жіберілген көшірме ретінде қабылданбады.</translation>
    </message>
    <message>
        <source>The package of {unit} is for {period}, a month that is not over yet. It was refused.</source>
        <translation>{unit} пакеті әлі аяқталмаған {period} айына арналған. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} has revision {revision}; a month has at most {limit} revisions. It was refused.</source>
        <translation>{unit} бөлімшесінің {period} айына арналған пакетінің редакциясы — {revision}; бір айдың редакциясы {limit}-ден аспайды. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} says it was completed before the month was over. It was refused.</source>
        <translation>{unit} бөлімшесінің {period} айына арналған пакетінде ай аяқталмай тұрып жабылғаны көрсетілген. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} says it was completed on a day still to come. It was refused.</source>
        <translation>{unit} бөлімшесінің {period} айына арналған пакетінде әлі келмеген күні жабылғаны көрсетілген. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The council {council} forwarded more than one package of unit {unit}. The whole file was refused.</source>
        <translation>{council} кеңесі {unit} бөлімшесінің бірнеше пакетін жіберген. Файл толығымен қабылданбады.</translation>
    </message>
    <message>
        <source>The program refused this: {detail}</source>
        <translation>Бағдарлама мұны орындаудан бас тартты: {detail}</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>Month to send</source>
        <translation>Жіберілетін ай</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Ай:</translation>
    </message>
    <message>
        <source>&amp;Check the month</source>
        <translation>Айды &amp;тексеру</translation>
    </message>
    <message>
        <source>Look for what is missing in the register for this month before it is sent</source>
        <translation>Жіберер алдында осы айдың тізілімінде не жетіспейтінін тексеру</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Іс нөмірлері</translation>
    </message>
    <message>
        <source>Package for the council</source>
        <translation>Кеңеске арналған пакет</translation>
    </message>
    <message>
        <source>&amp;Prepare package…</source>
        <translation>Пакетті &amp;дайындау…</translation>
    </message>
    <message>
        <source>Mark the month complete and write its package, signed and encrypted for the council, into a folder you choose (a USB stick is a folder too)</source>
        <translation>Айды аяқталды деп белгілеп, оның кеңеске арналған, қол қойылған әрі шифрланған пакетін өзіңіз таңдаған қалтаға жазу (USB жинақтауыш та қалта болып саналады)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>Жіберілген пакеттер</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Дайындалған уақыты</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Receipt from the council</source>
        <translation>Кеңестің түбіртегі</translation>
    </message>
    <message>
        <source>No package has been prepared here yet. Once the first month is sent, each package is listed here with what the council&apos;s receipt says.</source>
        <translation>Мұнда әлі бірде-бір пакет дайындалмаған. Алғашқы ай жіберілгеннен кейін әр пакет осында кеңес түбіртегінің мәліметімен бірге көрсетіледі.</translation>
    </message>
    <message>
        <source>{month}: press Check the month to see whether the register is ready to send.</source>
        <translation>{month}: тізілімнің жіберуге дайын екенін білу үшін «Айды тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>{month} was already sent as revision {sent}. Preparing it again sends a correction (revision {next}) that replaces the earlier one at the council.</source>
        <translation>{month} бұрын {sent}-нұсқа ретінде жіберілген. Қайта дайындасаңыз, кеңестегі алдыңғы нұсқаның орнын басатын түзету ({next}-нұсқа) жіберіледі.</translation>
    </message>
    <message>
        <source>{month} has not been sent yet.</source>
        <translation>{month} әлі жіберілмеген.</translation>
    </message>
    <message>
        <source>Choose the month and press Check the month. What looks wrong is listed here.</source>
        <translation>Айды таңдап, «Айды тексеру» батырмасын басыңыз. Күмәнді жайттар осында көрсетіледі.</translation>
    </message>
    <message>
        <source>The checks found nothing wrong: {month} is ready to send.</source>
        <translation>Тексеру ешқандай қате тапқан жоқ: {month} жіберуге дайын.</translation>
    </message>
    <message>
        <source>(and {more} more)</source>
        <translation>(және тағы {more})</translation>
    </message>
    <message>
        <source>No package prepared in this session.</source>
        <translation>Осы жұмыс барысында пакет дайындалған жоқ.</translation>
    </message>
    <message>
        <source>Written: {file}
Month {month}, revision {revision}; {cases} case rows, {consultations} consultation rows.</source>
        <translation>Жазылды: {file}
Ай: {month}, {revision}-нұсқа; істер жолдары — {cases}, консультациялар жолдары — {consultations}.</translation>
    </message>
    <message>
        <source>Packages of the units below carried along: {count}.</source>
        <translation>Бағынышты бөлімшелердің қоса жіберілген пакеттері: {count}.</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Түбіртек әлі жоқ</translation>
    </message>
    <message>
        <source>This installation has no exchange keys yet.</source>
        <translation>Бұл компьютерде әлі алмасу кілттері жоқ.</translation>
    </message>
    <message>
        <source>No directory of units is installed yet.</source>
        <translation>Бөлімшелер анықтамалығы әлі орнатылмаған.</translation>
    </message>
    <message>
        <source>See the section Keys and directory.</source>
        <translation>«Кілттер мен анықтамалық» бөлімін қараңыз.</translation>
    </message>
    <message>
        <source>Folder for the package (a USB stick is a folder too)</source>
        <translation>Пакетке арналған қалта (USB жинақтауыш та қалта болып саналады)</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys to sign the package of {month}.</source>
        <translation>{month} пакетіне қол қою үшін алмасу кілттерінің құпия фразасын теріңіз.</translation>
    </message>
    <message>
        <source>Send the month with its problems?</source>
        <translation>Айды мәселелерімен бірге жіберу керек пе?</translation>
    </message>
    <message>
        <source>The checks found problems in the register for this month. It is better to correct them first and check again. Send the month as it is?</source>
        <translation>Тексеру осы айдың тізілімінен мәселелер тапты. Алдымен оларды түзетіп, қайта тексерген дұрыс. Айды осы күйінде жібере берейін бе?</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Create the exchange keys</source>
        <translation>Алмасу кілттерін жасау</translation>
    </message>
    <message>
        <source>The keys sign this unit&apos;s monthly packages and open the packages sent to it. Choose a passphrase of at least {count} characters, for example a short sentence, and keep it where the head of the unit can find it: without it no package can be prepared, and it cannot be recovered.</source>
        <translation>Кілттер осы бөлімшенің айлық пакеттеріне қол қояды және оған жіберілген пакеттерді ашады. Кемінде {count} таңбадан тұратын құпия фраза таңдаңыз, мысалы, қысқа сөйлем, және оны бөлімше басшысы таба алатын жерде сақтаңыз: онсыз пакет дайындау мүмкін емес, ал оны қалпына келтіруге болмайды.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Құпия фраза &amp;қайтадан:</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Толық аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <source>Uni&amp;t</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <source>&amp;Mediator record</source>
        <translation>&amp;Медиатор жазбасы</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Құпиясөзді қ&amp;айталау</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. a.sarsenova</source>
        <translation>Латын әріптері мен сандар, мысалы: a.sarsenova</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits</source>
        <translation>Кемінде 8 таңба, әріптер мен сандар</translation>
    </message>
    <message>
        <source>Links a mediator&apos;s account to their record in the register</source>
        <translation>Медиатордың есептік жазбасын тізілімдегі жазбасымен байланыстырады</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>How to import</source>
        <translation>Қалай импорттау керек</translation>
    </message>
    <message>
        <source>The unit the cases belong to, and what to do with rows that have problems.</source>
        <translation>Істер қай бөлімшеге тиесілі және қатесі бар жолдармен не істеу керек.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Бөлімше:</translation>
    </message>
    <message>
        <source>The centre holds every person&apos;s written &amp;consent to personal data processing</source>
        <translation>Орталықта әр адамның дербес деректерін өңдеуге жазбаша &amp;келісімі сақтаулы</translation>
    </message>
    <message>
        <source>The law allows a person&apos;s name and IIN to be kept only with their consent. Tick this only if the signed consents are on file; they are recorded as given on the intake date. Without it, rows that name a person are listed as problems.</source>
        <translation>Заң бойынша адамның аты-жөні мен ЖСН-ін тек оның келісімімен сақтауға болады. Қол қойылған келісімдер құжаттарда сақтаулы болса ғана белгілеңіз: олар іс қабылданған күні берілген деп жазылады. Белгіленбесе, адамның аты аталған жолдар қате ретінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Қатесі бар жолдар:</translation>
    </message>
    <message>
        <source>&amp;Import nothing until every row is correct</source>
        <translation>Барлық жол дұрыс болмайынша ештеңе &amp;импорттамау</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and leave out the rows with problems</source>
        <translation>&amp;Дұрыс жолдарды импорттап, қатесі барларын қалдыру</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>Нәтижені тіркеу</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>&amp;Why it ended</source>
        <translation>&amp;Аяқталу себебі</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>Аяқталған &amp;күні</translation>
    </message>
    <message>
        <source>Required for “Other grounds”</source>
        <translation>«Басқа негіздер» үшін міндетті</translation>
    </message>
    <message>
        <source>The case goes to follow-up: its obligations are checked before it is closed.</source>
        <translation>Іс орындалуын қадағалауға өтеді: жабылмас бұрын оның міндеттемелері тексеріледі.</translation>
    </message>
    <message>
        <source>The case is closed with this outcome.</source>
        <translation>Іс осы нәтижемен жабылады.</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Нәтиже:</translation>
    </message>
    <message>
        <source>Why it ended:</source>
        <translation>Аяқталу себебі:</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Аяқталған күні:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Жабылған күні:</translation>
    </message>
    <message>
        <source>Record the &amp;outcome…</source>
        <translation>&amp;Нәтижені тіркеу…</translation>
    </message>
    <message>
        <source>Re&amp;fuse at intake…</source>
        <translation>Қабылдаудан &amp;бас тарту…</translation>
    </message>
    <message>
        <source>For disputes the law excludes: third persons&apos; rights, a party declared incapable, corruption.</source>
        <translation>Заң бойынша медиацияға жатпайтын даулар үшін: үшінші тұлғалардың құқықтары, тараптың әрекетке қабілетсіз деп танылуы, сыбайлас жемқорлық.</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{reason} ({note})</source>
        <translation>{reason} ({note})</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>әлі тіркелмеген</translation>
    </message>
    <message>
        <source>Before a mediation agreement a case can only end as terminated (e.g. the other side refused) or referred elsewhere.</source>
        <translation>Медиация туралы шарт жасалғанға дейін іс тек тоқтатылуы (мысалы, екінші тарап бас тартса) немесе басқа органға жіберілуі мүмкін.</translation>
    </message>
    <message>
        <source>A settled outcome needs the settlement agreement recorded first (Settlement tab).</source>
        <translation>«Реттелді» нәтижесі үшін алдымен дауды реттеу туралы келісімді тіркеу қажет («Келісім» қойындысы).</translation>
    </message>
    <message>
        <source>Settled. Check the obligations on the Settlement tab, then close the case.</source>
        <translation>Дау реттелді. «Келісім» қойындысында міндеттемелерді тексеріп, содан кейін істі жабыңыз.</translation>
    </message>
    <message>
        <source>The case is closed; its record can no longer change.</source>
        <translation>Іс жабылды; оның деректері енді өзгертілмейді.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>A mediation agreement needs an applicant and a respondent. Personal data is kept only with consent.</source>
        <translation>Медиация туралы шарт жасау үшін өтініш беруші мен жауапкер қажет. Дербес деректер тек келісім болғанда сақталады.</translation>
    </message>
    <message>
        <source>&amp;Add a party…</source>
        <translation>&amp;Тарап қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні / атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation>Жынысы, жасы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>(name not kept: no consent)</source>
        <translation>(аты сақталмайды: келісім жоқ)</translation>
    </message>
    <message>
        <source>Given {date}</source>
        <translation>{date} берілген</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Берілмеген</translation>
    </message>
    <message>
        <source>No parties yet. Press “Add a party…” to record the applicant first.</source>
        <translation>Әзірге тараптар жоқ. Алдымен өтініш берушіні тіркеу үшін «Тарап қосу…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Remove {name} ({role}) from this case?</source>
        <translation>{name} ({role}) осы істен алынып тасталсын ба?</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add a party</source>
        <translation>Тарап қосу</translation>
    </message>
    <message>
        <source>Party&apos;s details</source>
        <translation>Тарап туралы мәліметтер</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Consent to personal-data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Name and number</source>
        <translation>Аты-жөні мен нөмірі</translation>
    </message>
    <message>
        <source>For the reports</source>
        <translation>Есептер үшін</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <source>&amp;Role in the case</source>
        <translation>Істегі &amp;рөлі</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Т&amp;үрі</translation>
    </message>
    <message>
        <source>The party &amp;consented</source>
        <translation>Тарап &amp;келісім берді</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>кү&amp;ні</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Ата&amp;уы</translation>
    </message>
    <message>
        <source>Number of &amp;people</source>
        <translation>Адамдар &amp;саны</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ж&amp;ынысы</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>Жас т&amp;обы</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Т&amp;ілі</translation>
    </message>
    <message>
        <source>&amp;Ethnicity (optional)</source>
        <translation>&amp;Ұлты (міндетті емес)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Электрондық пошта</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>May stay blank</source>
        <translation>Бос қалдыруға болады</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>саналмаған</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <source>Without the party&apos;s consent the law allows only sex, age group and language to be kept. Tick the consent to enter the name, IIN and contacts.</source>
        <translation>Тараптың келісімінсіз заң тек жынысын, жас тобын және тілін сақтауға рұқсат береді. Аты-жөнін, ЖСН мен байланыс деректерін енгізу үшін келісім белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>Personal data is kept with the consent recorded here.</source>
        <translation>Дербес деректер осында тіркелген келісім негізінде сақталады.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the exchange keys</source>
        <translation>Алмасу кілттерінің құпия фразасы</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys.</source>
        <translation>Алмасу кілттерінің құпия фразасын теріңіз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Tell it to them in person.</source>
        <translation>{name} ({username}) үшін жаңа құпиясөз. Оны пайдаланушының өзіне ауызша айтыңыз.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Жаңа &amp;құпиясөз</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Құпиясөзді қ&amp;айталау</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Ені бойынша</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window</source>
        <translation>Беттерді терезенің еніне сыйдырып көрсету</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the pages at the size they are printed</source>
        <translation>Беттерді қағазға басылатын өлшемінде көрсету</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Беттер саны: {count}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>The last day ({end}) is before the first day ({start}). Choose a last day on or after the first day.</source>
        <translation>Соңғы күн ({end}) бірінші күннен ({start}) бұрын тұр. Соңғы күнді бірінші күнмен бірдей немесе одан кейінгі күн етіп таңдаңыз.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>From one date to another</source>
        <translation>Күндер аралығы</translation>
    </message>
    <message>
        <source>{roman} quarter</source>
        <translation>{roman} тоқсан</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Кезеңнің соңғы күні (ол да кіреді)</translation>
    </message>
    <message>
        <source>From {start} to {end}, both included.</source>
        <translation>Кезең: {start} – {end}, екі шеткі күн де кіреді.</translation>
    </message>
    <message>
        <source>The period is not over yet: the figures are as of today.</source>
        <translation>Кезең әлі аяқталған жоқ: көрсеткіштер бүгінгі күнгі жағдай бойынша беріледі.</translation>
    </message>
</context>
<context>
    <name>PlainDatabaseNotice</name>
    <message>
        <source>Not encrypted</source>
        <translation>Шифрланбаған</translation>
    </message>
    <message>
        <source>The database file is not encrypted: whoever takes this computer can read it. An administrator can encrypt it in Settings.</source>
        <translation>Дерекқор файлы шифрланбаған: осы компьютерді алған кез келген адам оны оқи алады. Әкімші оны «Баптаулар» бөлімінде шифрлай алады.</translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>PRACTICE: made-up cases</source>
        <translation>ЖАТТЫҒУ: ойдан құрастырылған істер</translation>
    </message>
    <message>
        <source>This is the practice database: its cases and people are made up, for learning the program. Real cases go into the real database (the ordinary Tatulyq shortcut).</source>
        <translation>Бұл — жаттығу дерекқоры: ондағы істер мен адамдар бағдарламаны үйрену үшін ойдан құрастырылған. Нақты істер негізгі дерекқорға енгізіледі (әдеттегі Tatulyq жарлығы).</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Жаттығу</translation>
    </message>
    <message>
        <source>A place to try the program without touching real cases.</source>
        <translation>Нақты істерге тимей, бағдарламамен жұмыс істеп көретін орын.</translation>
    </message>
    <message>
        <source>The practice database is separate from the real one and holds about {count} made-up cases of several units, with mediators, sessions and agreements. Nothing in it reaches the real register, its reports or the monthly exchange, and its window says PRACTICE. You sign in to it with the same user name and password.</source>
        <translation>Жаттығу дерекқоры негізгі дерекқордан бөлек тұрады: онда бірнеше бөлімшенің ойдан құрастырылған {count} шақты ісі, медиаторлары, отырыстары мен келісімдері бар. Ондағы ештеңе нақты тізілімге, оның есептеріне немесе айлық алмасуға түспейді, ал терезесінде ЖАТТЫҒУ деген белгі тұрады. Оған сол пайдаланушы атымен және құпиясөзбен кіресіз.</translation>
    </message>
    <message>
        <source>Make a practice database with made-up cases</source>
        <translation>Ойдан құрастырылған істері бар жаттығу дерекқорын жасау</translation>
    </message>
    <message>
        <source>A practice database is already there: {folder}. It is kept.</source>
        <translation>Жаттығу дерекқоры бұрыннан бар: {folder}. Ол сол күйінде қалады.</translation>
    </message>
    <message>
        <source>It will be in {folder}.</source>
        <translation>Ол мына жерде болады: {folder}.</translation>
    </message>
</context>
<context>
    <name>RecoverAccessDialog</name>
    <message>
        <source>Tatulyq: set a new password with the recovery key</source>
        <translation>Tatulyq: қалпына келтіру кілтімен жаңа құпиясөз орнату</translation>
    </message>
    <message>
        <source>Type the recovery key shown when the database was set up or encrypted, the user name and a new password for that user.</source>
        <translation>Дерекқор бапталғанда немесе шифрланғанда көрсетілген қалпына келтіру кілтін, пайдаланушы атын және сол пайдаланушының жаңа құпиясөзін теріңіз.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Tatulyq: recovery key</source>
        <translation>Tatulyq: қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it, and its backups, when a password is forgotten or the key file is lost. It is shown only now: print it or write it down, and keep it locked away from the computer. Whoever holds it can read the database.</source>
        <translation>Дерекқор шифрланды. Құпиясөз ұмытылса немесе кілт файлы жоғалса, бұл қалпына келтіру кілті дерекқорды да, оның сақтық көшірмелерін де ашады. Ол тек қазір көрсетіледі: оны басып шығарыңыз немесе жазып алыңыз да, компьютерден бөлек, құлыпты жерде сақтаңыз. Кілт кімнің қолында болса, сол дерекқорды оқи алады.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Файлға сақтау…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key</source>
        <translation>Қалпына келтіру кілтін басып шығардым немесе сақтадым</translation>
    </message>
    <message>
        <source>Tatulyq: the recovery key of the database</source>
        <translation>Tatulyq: дерекқордың қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <source>Made on: {day}</source>
        <translation>Жасалған күні: {day}</translation>
    </message>
    <message>
        <source>Keep this locked away from the computer: whoever holds it can read the database. It opens the database when a password is forgotten: Forgot your password? on the sign-in window, or tatulyq db recover.</source>
        <translation>Мұны компьютерден бөлек, құлыпты жерде сақтаңыз: кімнің қолында болса, сол дерекқорды оқи алады. Құпиясөз ұмытылғанда ол дерекқорды ашады: кіру терезесіндегі «Құпиясөзді ұмыттыңыз ба?» сілтемесі немесе tatulyq db recover пәрмені.</translation>
    </message>
    <message>
        <source>Tatulyq recovery key</source>
        <translation>Tatulyq қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Қалпына келтіру кілтін сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse at intake</source>
        <translation>Қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>The law does not allow this dispute to be mediated. The case is closed.</source>
        <translation>Заң бұл дауды медиация арқылы шешуге жол бермейді. Іс жабылады.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>No cases were received in this period.</source>
        <translation>Бұл кезеңде бірде-бір іс қабылданбады.</translation>
    </message>
    <message>
        <source>No mediation ended in this period.</source>
        <translation>Бұл кезеңде бірде-бір медиация аяқталған жоқ.</translation>
    </message>
    <message>
        <source>No cases in the last twelve months.</source>
        <translation>Соңғы он екі айда істер болған жоқ.</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Қабылданған істер</translation>
    </message>
    <message>
        <source>Mediations ended</source>
        <translation>Аяқталған медиациялар</translation>
    </message>
    <message>
        <source>of which settled</source>
        <translation>оның ішінде реттелгені</translation>
    </message>
    <message>
        <source>No signal is raised.</source>
        <translation>Бірде-бір белгі көтерілген жоқ.</translation>
    </message>
    <message>
        <source>Expected from the place&apos;s own previous months</source>
        <translation>Сол жердің алдыңғы айларына қарай күтілетіні</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Republican mediation council</source>
        <translation>Республикалық медиация кеңесі</translation>
    </message>
    <message>
        <source>Regional mediation council</source>
        <translation>Өңірлік медиация кеңесі</translation>
    </message>
    <message>
        <source>Mediation centre</source>
        <translation>Медиация орталығы</translation>
    </message>
    <message>
        <source>House of Friendship</source>
        <translation>Достық үйі</translation>
    </message>
    <message>
        <source>District assembly</source>
        <translation>Аудандық ассамблея</translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation>Кәсіби медиатор</translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation>Қоғамдық медиатор</translation>
    </message>
    <message>
        <source>Ethnomediator</source>
        <translation>Этномедиатор</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасылық</translation>
    </message>
    <message>
        <source>Neighbours and household</source>
        <translation>Көршілік және тұрмыстық</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Еңбек</translation>
    </message>
    <message>
        <source>Property and land</source>
        <translation>Мүлік және жер</translation>
    </message>
    <message>
        <source>Debt and consumer</source>
        <translation>Қарыз және тұтынушылық</translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation>Тұрғын үй-коммуналдық</translation>
    </message>
    <message>
        <source>School and youth</source>
        <translation>Мектеп және жастар</translation>
    </message>
    <message>
        <source>Citizen and local authority</source>
        <translation>Азамат және жергілікті билік</translation>
    </message>
    <message>
        <source>Religious or interfaith</source>
        <translation>Діни немесе дінаралық</translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation>Қауымдық немесе топтық</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>Басқа дау</translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation>Толық реттелді</translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation>Ішінара реттелді</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Реттелмеді</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Referred to a state body or court</source>
        <translation>Мемлекеттік органға немесе сотқа жолданды</translation>
    </message>
    <message>
        <source>Settlement agreement signed</source>
        <translation>Дауды реттеу туралы келісімге қол қойылды</translation>
    </message>
    <message>
        <source>A party refused in writing</source>
        <translation>Тарап жазбаша бас тартты</translation>
    </message>
    <message>
        <source>A party withdrew</source>
        <translation>Тарап медиациядан шықты</translation>
    </message>
    <message>
        <source>A party did not appear</source>
        <translation>Тарап келмеді</translation>
    </message>
    <message>
        <source>The mediator found further effort futile</source>
        <translation>Медиатор әрі қарай жалғастыруды нәтижесіз деп тапты</translation>
    </message>
    <message>
        <source>The term ran out</source>
        <translation>Мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Басқа органға жолданды</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Басқа негіздер</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Өзі жүгінді</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Ethnocultural association</source>
        <translation>Этномәдени бірлестік</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Жедел желі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Этносаралық сипаты бар</translation>
    </message>
    <message>
        <source>Group dispute (many people)</source>
        <translation>Топтық дау (көп адам)</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Кәмелетке толмағандар қатысады</translation>
    </message>
    <message>
        <source>High risk of escalation</source>
        <translation>Ушығу қаупі жоғары</translation>
    </message>
    <message>
        <source>Recurrence of an earlier dispute</source>
        <translation>Бұрынғы даудың қайталануы</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 жасқа дейін</translation>
    </message>
    <message>
        <source>18-29</source>
        <translation>18-29</translation>
    </message>
    <message>
        <source>30-44</source>
        <translation>30-44</translation>
    </message>
    <message>
        <source>45-59</source>
        <translation>45-59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 және одан жоғары</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Ұйғыр тілі</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Басқа тіл</translation>
    </message>
    <message>
        <source>Resolved at consultation</source>
        <translation>Консультацияда шешілді</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Ақпарат берілді</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Медиацияға жолданды</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>January</source>
        <translation>қаңтар</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ақпан</translation>
    </message>
    <message>
        <source>March</source>
        <translation>наурыз</translation>
    </message>
    <message>
        <source>April</source>
        <translation>сәуір</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мамыр</translation>
    </message>
    <message>
        <source>June</source>
        <translation>маусым</translation>
    </message>
    <message>
        <source>July</source>
        <translation>шілде</translation>
    </message>
    <message>
        <source>August</source>
        <translation>тамыз</translation>
    </message>
    <message>
        <source>September</source>
        <translation>қыркүйек</translation>
    </message>
    <message>
        <source>October</source>
        <translation>қазан</translation>
    </message>
    <message>
        <source>November</source>
        <translation>қараша</translation>
    </message>
    <message>
        <source>December</source>
        <translation>желтоқсан</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year} жылғы {month}</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>{year} жылғы {quarter} тоқсан</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>{year} жыл</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Made {time}</source>
        <translation>Жасалған уақыты: {time}</translation>
    </message>
    <message>
        <source>data fingerprint {code}</source>
        <translation>деректердің бақылау коды {code}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages} беттің {page}-беті</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cases received by category</source>
        <translation>Санаттар бойынша қабылданған істер</translation>
    </message>
    <message>
        <source>Outcomes of the mediations ended</source>
        <translation>Аяқталған медиациялардың нәтижелері</translation>
    </message>
    <message>
        <source>Cases received and mediations ended, last twelve months</source>
        <translation>Соңғы он екі айда қабылданған істер мен аяқталған медиациялар</translation>
    </message>
    <message>
        <source>Early warning signals: the last twelve months</source>
        <translation>Ерте ескерту белгілері: соңғы он екі ай</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Көрсеткіштер қалай есептеледі</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>Made; data fingerprint</source>
        <translation>Жасалған уақыты; бақылау коды</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(аты-жөні)</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(қолы)</translation>
    </message>
    <message>
        <source>(date)</source>
        <translation>(күні)</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Monthly report</source>
        <translation>Айлық есеп</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>Тоқсандық есеп</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Жылдық есеп</translation>
    </message>
    <message>
        <source>Report for the period</source>
        <translation>Кезең бойынша есеп</translation>
    </message>
    <message>
        <source>Assembly of People of Kazakhstan</source>
        <translation>Қазақстан халқы Ассамблеясы</translation>
    </message>
    <message>
        <source>Mediation service</source>
        <translation>Медиация қызметі</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Қабылданған істер</translation>
    </message>
    <message>
        <source>Carried over from before the period</source>
        <translation>Өткен кезеңнен ауысқан істер</translation>
    </message>
    <message>
        <source>Cases in mediation during the period</source>
        <translation>Кезеңде медиациядағы істер</translation>
    </message>
    <message>
        <source>Mediations ended</source>
        <translation>Аяқталған медиациялар</translation>
    </message>
    <message>
        <source>of which settled in full or in part</source>
        <translation>оның ішінде толық немесе ішінара реттелгені</translation>
    </message>
    <message>
        <source>Settlement rate</source>
        <translation>Реттелу үлесі</translation>
    </message>
    <message>
        <source>Obligations kept at follow-up</source>
        <translation>Орындалған міндеттемелер үлесі</translation>
    </message>
    <message>
        <source>Median days from intake to the end of mediation</source>
        <translation>Қабылдаудан медиация аяқталғанға дейінгі күндер медианасы</translation>
    </message>
    <message>
        <source>Ended within the term</source>
        <translation>Мерзімінде аяқталғандар</translation>
    </message>
    <message>
        <source>Case files closed</source>
        <translation>Жабылған істер</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Қабылдаудан бас тартылғандар</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Кезең соңындағы аяқталмаған істер</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>оның ішінде мерзімі өткендер</translation>
    </message>
    <message>
        <source>Extensions of the term</source>
        <translation>Мерзімді ұзартулар</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Өткізілген кездесулер</translation>
    </message>
    <message>
        <source>Active mediators</source>
        <translation>Белсенді медиаторлар</translation>
    </message>
    <message>
        <source>Cases per active mediator</source>
        <translation>Бір белсенді медиаторға келетін істер</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Жүргізілген орындалу тексерулері</translation>
    </message>
    <message>
        <source>Parties&apos; satisfaction, mean score (1-5)</source>
        <translation>Тараптардың қанағаттануы, орташа баға (1-5)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Settlement rate = mediations settled in full or in part ÷ mediations ended in the period; this period: {settled} ÷ {ended}.</source>
        <translation>Реттелу үлесі = толық немесе ішінара реттелген медиациялар ÷ кезеңде аяқталған медиациялар; осы кезеңде: {settled} ÷ {ended}.</translation>
    </message>
    <message>
        <source>Obligations kept = obligations of settlement agreements kept in full ÷ obligations due in the period; this period: {kept} ÷ {due}.</source>
        <translation>Орындалған міндеттемелер үлесі = дауды реттеу туралы келісімдердің толық орындалған міндеттемелері ÷ орындалу мерзімі кезеңге түскен міндеттемелер; осы кезеңде: {kept} ÷ {due}.</translation>
    </message>
    <message>
        <source>Median days: from intake to the end of mediation, over the mediations ended in the period. Ended within the term = ended on or before the deadline ÷ mediations ended that had a mediation agreement; this period: {within} ÷ {under}.</source>
        <translation>Күндер медианасы: қабылдаудан медиация аяқталғанға дейін, кезеңде аяқталған медиациялар бойынша. Мерзімінде аяқталғандар = мерзімі өтпей аяқталғандар ÷ медиация туралы шарты болған аяқталған медиациялар; осы кезеңде: {within} ÷ {under}.</translation>
    </message>
    <message>
        <source>Carried over: received before the period and still open on its first day. Open at the end: received by the last day and neither closed nor refused on it; overdue: of those, under a mediation agreement whose term has passed.</source>
        <translation>Өткен кезеңнен ауысқан істер: кезеңге дейін қабылданған және оның бірінші күні әлі жабылмаған істер. Кезең соңындағы аяқталмаған істер: соңғы күнге дейін қабылданған, сол күні жабылмаған әрі қабылдаудан бас тартылмаған істер; мерзімі өткендер: олардың ішінде медиация туралы шарт бойынша мерзімі өтіп кеткендері.</translation>
    </message>
    <message>
        <source>Active mediators: with at least one case in mediation during the period; cases per active mediator = cases in mediation ÷ active mediators.</source>
        <translation>Белсенді медиаторлар: кезеңде медиацияда кемінде бір ісі болған медиаторлар; бір белсенді медиаторға келетін істер = медиациядағы істер ÷ белсенді медиаторлар.</translation>
    </message>
    <message>
        <source>Change: against the period named above the column; the change of a rate is in percentage points.</source>
        <translation>Өзгеріс: бағанның үстінде аталған кезеңмен салыстырғанда; үлестің өзгерісі пайыздық тармақпен берілген.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Outcomes of the mediations ended</source>
        <translation>Аяқталған медиациялардың нәтижелері</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Mediations</source>
        <translation>Медиациялар</translation>
    </message>
    <message>
        <source>Share = mediations with this outcome ÷ mediations ended in the period ({ended}).</source>
        <translation>Үлесі = осы нәтижемен аяқталған медиациялар ÷ кезеңде аяқталған медиациялар ({ended}).</translation>
    </message>
    <message>
        <source>Grounds on which the mediations ended</source>
        <translation>Медиацияның аяқталу негіздері</translation>
    </message>
    <message>
        <source>Grounds of ending</source>
        <translation>Аяқталу негіздері</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation>Толық реттелді</translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation>Ішінара реттелді</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Реттелмеді</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Жолданды</translation>
    </message>
    <message>
        <source>Categories of disputes: cases received and outcomes of mediations ended</source>
        <translation>Дау санаттары: қабылданған істер және аяқталған медиациялардың нәтижелері</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Received: cases received in the period. Ended and the outcomes: mediations ended in the period, whenever they were received. Settlement rate = settled in full or in part ÷ ended.</source>
        <translation>Қабылданды: кезеңде қабылданған істер. Аяқталды және нәтижелер: қашан қабылданғанына қарамастан, кезеңде аяқталған медиациялар. Реттелу үлесі = толық немесе ішінара реттелгендер ÷ аяқталғандар.</translation>
    </message>
    <message>
        <source>How the cases came to the service</source>
        <translation>Істер қызметке қалай түсті</translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation>Түсу көздері</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <source>Cases that need particular attention</source>
        <translation>Ерекше назар аударуды қажет ететін істер</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>A case may carry several flags. Share = cases with the flag ÷ cases received in the period ({received}).</source>
        <translation>Бір іске бірнеше белгі қойылуы мүмкін. Үлесі = белгісі бар істер ÷ кезеңде қабылданған істер ({received}).</translation>
    </message>
    <message>
        <source>Parties by sex</source>
        <translation>Тараптардың жынысы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Persons among the parties of the cases received in the period; organisations, groups and state bodies are not counted.</source>
        <translation>Кезеңде қабылданған істер тараптарының ішіндегі жеке тұлғалар; ұйымдар, топтар және мемлекеттік органдар саналмайды.</translation>
    </message>
    <message>
        <source>Parties by age group</source>
        <translation>Тараптардың жас топтары</translation>
    </message>
    <message>
        <source>Parties by age</source>
        <translation>Тараптардың жасы</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Languages of mediation</source>
        <translation>Медиация тілдері</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Consultations by result</source>
        <translation>Консультациялардың нәтижелері</translation>
    </message>
    <message>
        <source>Consultation results</source>
        <translation>Консультация нәтижелері</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Consultations are counted apart from mediations: an appeal resolved at the consultation stage never becomes a case.</source>
        <translation>Консультациялар медиациялардан бөлек саналады: консультация кезеңінде шешілген өтініш іс ретінде тіркелмейді.</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>Консультациялардың тақырыптары</translation>
    </message>
    <message>
        <source>Consultation topics</source>
        <translation>Консультация тақырыптары</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Obligations of settlement agreements due in the period</source>
        <translation>Орындалу мерзімі кезеңге түскен келісім міндеттемелері</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>State at follow-up</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <source>Obligations whose due date falls in the period, by what the follow-up found. Follow-ups done in the period: {follow_ups}.</source>
        <translation>Орындалу мерзімі кезеңге түсетін міндеттемелер, тексеру анықтаған жағдайы бойынша. Кезеңде жүргізілген орындалу тексерулері: {follow_ups}.</translation>
    </message>
    <message>
        <source>Parties&apos; satisfaction</source>
        <translation>Тараптардың қанағаттануы</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Қанағаттану</translation>
    </message>
    <message>
        <source>Score (5 = fully satisfied, 1 = not at all)</source>
        <translation>Баға (5 — толық қанағаттанды, 1 — мүлдем қанағаттанбады)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Answers of the parties asked after the mediation ended; mean score {mean} over {answers} answers.</source>
        <translation>Медиация аяқталғаннан кейін сұралған тараптардың жауаптары; орташа баға {mean}, жауаптар саны {answers}.</translation>
    </message>
    <message>
        <source>Active mediators and their load</source>
        <translation>Белсенді медиаторлар және олардың жүктемесі</translation>
    </message>
    <message>
        <source>Mediators&apos; load</source>
        <translation>Медиаторлар жүктемесі</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Медиаторлар</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Cases in mediation</source>
        <translation>Медиациядағы істер</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Реттелді</translation>
    </message>
    <message>
        <source>Cases per mediator</source>
        <translation>Бір медиаторға келетін істер</translation>
    </message>
    <message>
        <source>A case with two mediators counts for each of them, so the cases of the mediators may add up to more than the cases in mediation.</source>
        <translation>Екі медиаторы бар іс әрқайсысына есептеледі, сондықтан медиаторлардың істерінің қосындысы медиациядағы істерден көп болуы мүмкін.</translation>
    </message>
    <message>
        <source>Load of each mediator</source>
        <translation>Әр медиатордың жүктемесі</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>No mediator had a case in mediation in this period.</source>
        <translation>Бұл кезеңде бірде-бір медиаторда медиациядағы іс болған жоқ.</translation>
    </message>
    <message>
        <source>Units of the council</source>
        <translation>Кеңестің бөлімшелері</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Бөлімшелер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Obligations kept</source>
        <translation>Орындалған міндеттемелер</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Күндер медианасы</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Соңында аяқталмаған</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Each row holds the unit and every unit below it. The total is the whole council, including cases registered by the council itself.</source>
        <translation>Әр жолға бөлімше мен оған бағынысты барлық бөлімшелер кіреді. Барлығы — бүкіл кеңес, кеңестің өзі тіркеген істерді қоса алғанда.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Тапсыру мерзімі</translation>
    </message>
    <message>
        <source>Units expected to report</source>
        <translation>Есеп беруге тиіс бөлімшелер</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Уақытында жіберілді</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Кешігіп жіберілді</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жіберілмеді</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Мерзімі әлі келмеді</translation>
    </message>
    <message>
        <source>Share sent on time</source>
        <translation>Уақытында жіберілгендер үлесі</translation>
    </message>
    <message>
        <source>Reporting completeness</source>
        <translation>Есептіліктің толықтығы</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Толықтық</translation>
    </message>
    <message>
        <source>Monthly packages</source>
        <translation>Айлық пакеттер</translation>
    </message>
    <message>
        <source>A unit below the council is expected to report a month when it was open on at least one day of it. On time: its first package for the month was completed by the day in the first row; missing: nothing has come and that day has passed. Share sent on time = sent on time ÷ (expected − not yet due).</source>
        <translation>Бөлімше айдың кем дегенде бір күнінде жұмыс істеген болса, сол ай үшін есеп беруге тиіс. Уақытында: бөлімшенің сол айға арналған алғашқы пакеті бірінші жолдағы күнге дейін дайындалған; жіберілмеді: ештеңе келмеген және ол күн өтіп кеткен. Уақытында жіберілгендер үлесі = уақытында жіберілгендер ÷ (есеп беруге тиіс − мерзімі әлі келмеген).</translation>
    </message>
    <message>
        <source>Units that have not reported, or reported late</source>
        <translation>Есеп бермеген немесе кешігіп берген бөлімшелер</translation>
    </message>
    <message>
        <source>Late or missing</source>
        <translation>Кешіккендер мен жоқтар</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>No unit is late or missing with its monthly package.</source>
        <translation>Айлық пакетін кешіктірген немесе жібермеген бөлімше жоқ.</translation>
    </message>
    <message>
        <source>Inter-ethnic cases</source>
        <translation>Ұлтаралық сипаты бар істер</translation>
    </message>
    <message>
        <source>Group disputes</source>
        <translation>Топтық даулар</translation>
    </message>
    <message>
        <source>High-risk cases</source>
        <translation>Ушығу қаупі жоғары істер</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Қайталанған даулар</translation>
    </message>
    <message>
        <source>Inter-ethnic consultations</source>
        <translation>Ұлтаралық даулар бойынша консультациялар</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Дабыл</translation>
    </message>
    <message>
        <source>Early warning signals, {month}</source>
        <translation>Ерте ескерту белгілері, {month}</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Ерте ескерту</translation>
    </message>
    <message>
        <source>District or unit</source>
        <translation>Аудан немесе бөлімше</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Не саналады</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілетіні</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Each district and unit is compared with its own average of the previous {months} months (Expected). Watch: a count this high would come by chance less than once in {watch} months; alert: less than once in {alert} (a one-sided Poisson test). Fewer than {minimum} cases are never a signal. Local cases and those received from the units below count alike.</source>
        <translation>Әр аудан мен бөлімше өзінің алдыңғы {months} айдағы орташа көрсеткішімен салыстырылады (Күтілетіні). Бақылау: мұндай көп сан кездейсоқ түрде {watch} айда бір реттен сирек болар еді; дабыл: {alert} айда бір реттен сирек (бір жақты Пуассон сынағы). {minimum} істен аз болса, ол ешқашан белгі болып саналмайды. Жергілікті істер де, төменгі бөлімшелерден келген істер де бірдей саналады.</translation>
    </message>
    <message>
        <source>No district or unit is at watch or alert in {month} ({signals} signals checked).</source>
        <translation>{month}: бірде-бір аудан немесе бөлімше бақылауда да, дабылда да емес (тексерілген белгілер: {signals}).</translation>
    </message>
    <message>
        <source>Early warning signals: the last twelve months</source>
        <translation>Ерте ескерту белгілері: соңғы он екі ай</translation>
    </message>
    <message>
        <source>Signals by month</source>
        <translation>Белгілер айлар бойынша</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>Соңғы он екі ай</translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation>Он екі ай</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>No months to show.</source>
        <translation>Көрсететін айлар жоқ.</translation>
    </message>
    <message>
        <source>{settled} of {ended} mediations ended were settled in full or in part</source>
        <translation>аяқталған {ended} медиацияның {settled} толық немесе ішінара реттелді</translation>
    </message>
    <message>
        <source>{kept} of {due} obligations due in the period were kept in full</source>
        <translation>мерзімі кезеңге түскен {due} міндеттеменің {kept} толық орындалды</translation>
    </message>
    <message>
        <source>Median days to the end</source>
        <translation>Аяқталуға дейінгі күндер медианасы</translation>
    </message>
    <message>
        <source>from intake to the end of mediation; {within} of {under} ended within the term</source>
        <translation>қабылдаудан медиация аяқталғанға дейін; {under} медиацияның {within} мерзімінде аяқталды</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>About</source>
        <translation>Есеп туралы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Бөлімше коды</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Бөлімше түрі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күні</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>Made (local time)</source>
        <translation>Жасалған уақыты (жергілікті уақыт)</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Деректердің бақылау коды</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақтар</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Анықтамалар</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Report to prepare</source>
        <translation>Есеп дайындау</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Бөлімше:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл түрі:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Дайындаға&amp;н:</translation>
    </message>
    <message>
        <source>Appro&amp;ved by:</source>
        <translation>Бек&amp;іткен:</translation>
    </message>
    <message>
        <source>The report counts this unit and every unit below it</source>
        <translation>Есепке осы бөлімше және оған бағынысты барлық бөлімшелер кіреді</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Есеп жазылатын тіл</translation>
    </message>
    <message>
        <source>PDF, to print and sign</source>
        <translation>PDF — басып шығарып, қол қою үшін</translation>
    </message>
    <message>
        <source>XLSX, to work on the figures</source>
        <translation>XLSX — сандармен жұмыс істеу үшін</translation>
    </message>
    <message>
        <source>Printed under the report with a line to sign</source>
        <translation>Есептің соңында қол қоятын жолымен басылады</translation>
    </message>
    <message>
        <source>Name of the head who approves the report</source>
        <translation>Есепті бекітетін басшының аты-жөні</translation>
    </message>
    <message>
        <source>Printed under the report with a line to sign; remembered on this computer</source>
        <translation>Есептің соңында қол қоятын жолымен басылады; осы компьютер оны есте сақтайды</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Дайындау</translation>
    </message>
    <message>
        <source>Make the report with these choices (Enter)</source>
        <translation>Есепті осы параметрлермен жасау (Enter)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>No report prepared yet.

Choose the unit, the period and the language on the left, then press Prepare (Enter). The report appears here to check before you save or print it.</source>
        <translation>Әзірге есеп дайындалған жоқ.

Сол жақтан бөлімшені, кезеңді және тілді таңдап, «Дайындау» (Enter) түймесін басыңыз. Есеп осында шығады: оны сақтамас немесе басып шығармас бұрын тексеріп алыңыз.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop preparing the report (Esc)</source>
        <translation>Есепті дайындауды тоқтату (Esc)</translation>
    </message>
    <message>
        <source>Prepared report</source>
        <translation>Дайын есеп</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <source>Save a copy of the report where you choose (Ctrl+S)</source>
        <translation>Есептің көшірмесін өзіңіз таңдаған жерге сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басы&amp;п шығару…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Есепті басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>A workbook is not printed from here: prepare the PDF to print it</source>
        <translation>XLSX файлы мұнда басып шығарылмайды: басып шығару үшін PDF түрін дайындаңыз</translation>
    </message>
    <message>
        <source>Nothing prepared yet.</source>
        <translation>Әзірге ештеңе дайындалған жоқ.</translation>
    </message>
    <message>
        <source>Choose the unit to report on.</source>
        <translation>Есеп жасалатын бөлімшені таңдаңыз.</translation>
    </message>
    <message>
        <source>Preparing the report of {unit} for {period}…</source>
        <translation>{unit}: {period} есебі дайындалуда…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Sent to the printer: {name}</source>
        <translation>Принтерге жіберілді: {name}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>What the import added. It can be undone as a whole until its cases are worked on.</source>
        <translation>Импорт нені қосты. Оның істерімен жұмыс басталғанша, оны толығымен кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Бұл импортты &amp;кері қайтару</translation>
    </message>
    <message>
        <source>The rows left out, to correct in the file and import later:</source>
        <translation>Қалдырылған жолдар — оларды файлда түзетіп, кейін импорттауға болады:</translation>
    </message>
    <message>
        <source>The import was undone: {count} cases removed.</source>
        <translation>Импорт кері қайтарылды: жойылған істер — {count}.</translation>
    </message>
    <message>
        <source>Cases added: {count}, numbered {first} to {last}.</source>
        <translation>Қосылған істер: {count}; нөмірлері: {first} … {last}.</translation>
    </message>
    <message>
        <source>Already in the register, not added again: {count}.</source>
        <translation>Бағдарламада бұрыннан бар, қайта қосылмағаны: {count}.</translation>
    </message>
    <message>
        <source>Rows with problems, left out: {count}.</source>
        <translation>Қатесі бар, қалдырылған жолдар: {count}.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Импортты кері қайтару</translation>
    </message>
    <message>
        <source>Remove the {count} cases this import added?</source>
        <translation>Осы импорт қосқан істер ({count}) жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Жабылған істерді сақтау мерзімі</translation>
    </message>
    <message>
        <source>Closed cases older than the period below can be de-identified: names, IINs, contacts and notes are removed; dates, categories and outcomes stay for the reports. The preview shows what would change before anything is done.</source>
        <translation>Төмендегі мерзімнен бұрын жабылған істерді иесіздендіруге болады: аты-жөндер, ЖСН, байланыс деректері мен жазбалар жойылады; күндер, санаттар мен нәтижелер есептер үшін сақталады. Алдын ала қарау ештеңе өзгермей тұрып не өзгеретінін көрсетеді.</translation>
    </message>
    <message>
        <source>Closed more than this many &amp;years ago</source>
        <translation>Осынша &amp;жылдан бұрын жабылған</translation>
    </message>
    <message>
        <source>&amp;Preview de-identification…</source>
        <translation>Иесіздендіруді &amp;алдын ала қарау…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>parties</source>
        <translation>тараптар</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>істер</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>кездесулер</translation>
    </message>
    <message>
        <source>settlement agreements</source>
        <translation>дауды реттеу туралы келісімдер</translation>
    </message>
    <message>
        <source>obligations</source>
        <translation>міндеттемелер</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>орындалуын қадағалау</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>мерзімді ұзартулар</translation>
    </message>
    <message>
        <source>conflict-of-interest declarations</source>
        <translation>мүдделер қақтығысы туралы мәлімдемелер</translation>
    </message>
    <message>
        <source>{table}: {field}</source>
        <translation>{table}: {field}</translation>
    </message>
    <message>
        <source>Cases: {numbers}</source>
        <translation>Істер: {numbers}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>және тағы {count}</translation>
    </message>
    <message>
        <source>Parties whose names, IINs and contacts go: {count}</source>
        <translation>Аты-жөні, ЖСН-і және байланыс деректері жойылатын тараптар: {count}</translation>
    </message>
    <message>
        <source>Parties also in a case not due yet: their data stays for that case, and the old cases keep only an anonymous copy: {count}</source>
        <translation>Мерзімі әлі келмеген іске де қатысатын тараптар: олардың деректері сол іс үшін сақталады, ал ескі істерде тек иесіз көшірмесі қалады: {count}</translation>
    </message>
    <message>
        <source>Done. Cases de-identified: {count} (closed before {date}).</source>
        <translation>Дайын. Иесіздендірілген істер: {count} ({date} дейін жабылған).</translation>
    </message>
    <message>
        <source>Cases closed before {date} (more than {years} years ago) that still hold personal data: {count}. This is what de-identification would remove; nothing has changed yet.</source>
        <translation>{date} дейін ({years} жылдан бұрын) жабылған және әлі де дербес деректері бар істер: {count}. Иесіздендіру төмендегілерді жояды; әзірге ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Values removed: {count}</source>
        <translation>Жойылатын мәндер: {count}</translation>
    </message>
    <message>
        <source>Audit entries whose personal values are replaced by “removed”: {count}</source>
        <translation>Дербес мәндері «жойылған» деп ауыстырылатын аудит жазбалары: {count}</translation>
    </message>
    <message>
        <source>Dates, categories, outcomes, flags, sex and age groups stay: the reports do not change.</source>
        <translation>Күндер, санаттар, нәтижелер, белгілер, жыныс пен жас топтары сақталады: есептер өзгермейді.</translation>
    </message>
    <message>
        <source>De-identify old closed cases</source>
        <translation>Ескі жабылған істерді иесіздендіру</translation>
    </message>
    <message>
        <source>No case closed before {date} holds personal data any more: nothing to do.</source>
        <translation>{date} дейін жабылған істердің ешқайсысында дербес деректер қалмаған: істейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>&amp;De-identify now</source>
        <translation>Қазір &amp;иесіздендіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>The rows are checked once more and written as one import.</source>
        <translation>Жолдар тағы бір рет тексеріліп, бір импорт ретінде жазылады.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>Stop the import: nothing will be written</source>
        <translation>Импортты тоқтату: ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>Importing… The window can stay open; this may take a minute.</source>
        <translation>Импорттау жүріп жатыр… Терезені жаппаңыз; бұл бір минуттай уақыт алуы мүмкін.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Импорт тоқтатылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>Импорт сәтсіз аяқталды. Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>SessionBlock</name>
    <message>
        <source>Case {number}</source>
        <translation>№ {number} іс</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Орны: {place}</translation>
    </message>
    <message>
        <source>Mediator: {name}</source>
        <translation>Медиатор: {name}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Істі ашу үшін екі рет шертіңіз немесе Enter пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Кездесуді тіркеу</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Басталу уақыты</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Ұзақтығы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Т&amp;ілі</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Медиатор</translation>
    </message>
    <message>
        <source>Who &amp;came</source>
        <translation>Кім &amp;қатысты</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>e.g. House of Friendship, room 2</source>
        <translation>мысалы, Достық үйі, 2-бөлме</translation>
    </message>
    <message>
        <source>Only what the record needs; what the parties said in mediation stays confidential.</source>
        <translation>Тек есепке қажеттісін жазыңыз; тараптардың медиацияда айтқандары құпия болып қалады.</translation>
    </message>
    <message>
        <source>A planned session may lie up to a year ahead.</source>
        <translation>Жоспарланған кездесуді бір жылға дейін алдын ала белгілеуге болады.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation>Кездесуді &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>No sessions yet. Press “Log a session…” after each meeting.</source>
        <translation>Әзірге кездесулер жоқ. Әр кездесуден кейін «Кездесуді тіркеу…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Log every session, joint or separate, with who came.</source>
        <translation>Әр кездесуді — бірлескен не жеке — кім қатысқанымен бірге тіркеңіз.</translation>
    </message>
    <message>
        <source>The mediation has ended; its sessions can no longer change.</source>
        <translation>Медиация аяқталды; оның кездесулері енді өзгертілмейді.</translation>
    </message>
    <message>
        <source>Delete the session of {date}?</source>
        <translation>{date} күнгі кездесу жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Бағдарлама тілі</translation>
    </message>
    <message>
        <source>Changes at once in every open window and is kept on this computer.</source>
        <translation>Барлық ашық терезеде бірден өзгереді және осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Мәтін өлшемі</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Қалыпты</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Үлкен</translation>
    </message>
    <message>
        <source>La&amp;rger</source>
        <translation>&amp;Өте үлкен</translation>
    </message>
    <message>
        <source>The whole window follows at once; kept on this computer.</source>
        <translation>Бүкіл терезе бірден өзгереді; осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Lock the program after this many m&amp;inutes without use</source>
        <translation>Бағдарлама пайдаланылмаса, осынша &amp;минуттан кейін бұғатталсын</translation>
    </message>
    <message>
        <source>Terms of the Law on Mediation</source>
        <translation>«Медиация туралы» Заңдағы мерзімдер</translation>
    </message>
    <message>
        <source>These numbers apply to every user of this database. A case whose mediation agreement is already signed keeps the term it got.</source>
        <translation>Бұл сандар осы дерекқордың барлық пайдаланушысына қолданылады. Медиация туралы шартқа қол қойылып қойған іс бұрын белгіленген мерзімін сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Term of mediation, days from the mediation agreement</source>
        <translation>Медиация мерзімі (медиация туралы шарт жасалған күннен бастап), &amp;күн</translation>
    </message>
    <message>
        <source>Longest &amp;extension, days</source>
        <translation>Ең ұзақ &amp;ұзарту, күн</translation>
    </message>
    <message>
        <source>E&amp;xtensions allowed per case</source>
        <translation>Бір іске рұқсат етілген ұзартулар са&amp;ны</translation>
    </message>
    <message>
        <source>Days to &amp;answer a proposal to mediate (no answer counts as refusal)</source>
        <translation>Медиация жүргізу туралы ұсынысқа &amp;жауап беру мерзімі, күн (жауап болмаса — бас тарту)</translation>
    </message>
    <message>
        <source>&amp;Warn about deadlines this many days ahead</source>
        <translation>Мерзім бітерден осынша күн бұрын &amp;ескерту</translation>
    </message>
    <message>
        <source>&amp;Monthly report due by this day of the next month</source>
        <translation>&amp;Айлық есеп келесі айдың осы күніне дейін тапсырылады</translation>
    </message>
    <message>
        <source>Early warning: compare each place with its own previous months, how many</source>
        <translation>Ерте ескерту: әр жерді өзінің алдыңғы неше айымен салыстыру керек</translation>
    </message>
    <message>
        <source>Early warning: fewer cases than this in a month are never a signal</source>
        <translation>Ерте ескерту: айына бұдан аз іс ешқашан белгі болмайды</translation>
    </message>
    <message>
        <source>Early warning: watch when a count this high would come by chance once in</source>
        <translation>Ерте ескерту: мұндай көп сан кездейсоқ түрде неше реттің бірінде болса, бақылау</translation>
    </message>
    <message>
        <source>Early warning: alert when a count this high would come by chance once in</source>
        <translation>Ерте ескерту: мұндай көп сан кездейсоқ түрде неше реттің бірінде болса, дабыл</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the terms for every user of this database (Ctrl+S)</source>
        <translation>Мерзімдерді осы дерекқордың барлық пайдаланушысы үшін сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Өзгерістерді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Show the saved numbers again</source>
        <translation>Сақталған сандарды қайта көрсету</translation>
    </message>
    <message>
        <source>Law&apos;s &amp;defaults</source>
        <translation>&amp;Заң бойынша мәндер</translation>
    </message>
    <message>
        <source>Fill in the numbers of the law as the program knows them; Save keeps them</source>
        <translation>Бағдарламаға белгілі заңдағы сандарды толтыру; оларды «Сақтау» батырмасы сақтайды</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Add users, set a new password for somebody who forgot theirs, switch accounts off or on.</source>
        <translation>Пайдаланушыларды қосу, құпиясөзін ұмытқан адамға жаңа құпиясөз орнату, есептік жазбаларды өшіру немесе қайта қосу.</translation>
    </message>
    <message>
        <source>Mana&amp;ge users…</source>
        <translation>&amp;Пайдаланушыларды басқару…</translation>
    </message>
    <message>
        <source>Part of the program is not translated into this language yet and stays in English.</source>
        <translation>Бағдарламаның бір бөлігі бұл тілге әлі аударылмаған, сондықтан ағылшын тілінде көрсетіледі.</translation>
    </message>
    <message>
        <source>The program will lock after {minutes} min without use.</source>
        <translation>Бағдарлама {minutes} мин пайдаланылмаса, бұғатталады.</translation>
    </message>
    <message>
        <source>The terms are saved.</source>
        <translation>Мерзімдер сақталды.</translation>
    </message>
    <message>
        <source>Unsaved terms</source>
        <translation>Сақталмаған мерзімдер</translation>
    </message>
    <message>
        <source>The terms of the law were changed but not saved. Save them now?</source>
        <translation>Заңдағы мерзімдер өзгертілді, бірақ сақталмады. Қазір сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Settlement agreement</source>
        <translation>Дауды реттеу туралы келісім</translation>
    </message>
    <message>
        <source>Name each obligation: who does what, by when. Each is followed up until it is kept; an agreement not kept voluntarily can be enforced by a court.</source>
        <translation>Әр міндеттемені көрсетіңіз: кім, не істейді, қашанға дейін. Әрқайсысы орындалғанға дейін қадағаланады; ерікті түрде орындалмаған келісім сот арқылы мәжбүрлеп орындатылуы мүмкін.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Қол қойылған күні</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Мә&amp;ні</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Шарттары</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>&amp;Who, what, by when</source>
        <translation>&amp;Кім, не, қашанға дейін</translation>
    </message>
    <message>
        <source>Signed copies were exchanged by &amp;e-mail</source>
        <translation>Тараптар қол қойылған даналармен &amp;электрондық пошта арқылы алмасты</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Не істелуі керек</translation>
    </message>
    <message>
        <source>Add &amp;obligation</source>
        <translation>&amp;Міндеттеме қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>No obligation yet: fill in the line below and press “Add obligation”.</source>
        <translation>Әзірге міндеттеме жоқ: төмендегі жолды толтырып, «Міндеттеме қосу» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>SettlementTab</name>
    <message>
        <source>Settlement agreement</source>
        <translation>Дауды реттеу туралы келісім</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Қол қойылған күні:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Мәні:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Шарттары:</translation>
    </message>
    <message>
        <source>&amp;Record the settlement agreement…</source>
        <translation>Дауды реттеу туралы келісімді &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Орындалуын қадағалау</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесісі</translation>
    </message>
    <message>
        <source>Record a &amp;follow-up…</source>
        <translation>&amp;Қадағалауды тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Close after follow-up…</source>
        <translation>Қадағалаудан кейін &amp;жабу…</translation>
    </message>
    <message>
        <source>{date} (signed copies exchanged by e-mail)</source>
        <translation>{date} (қол қойылған даналармен электрондық пошта арқылы алмасты)</translation>
    </message>
    <message>
        <source>When the parties settle, record their signed agreement and its obligations.</source>
        <translation>Тараптар келіскенде, олар қол қойған келісімді және ондағы міндеттемелерді тіркеңіз.</translation>
    </message>
    <message>
        <source>A settlement agreement is recorded while the case is in mediation.</source>
        <translation>Дауды реттеу туралы келісім іс медиация сатысында болғанда тіркеледі.</translation>
    </message>
    <message>
        <source>Check each obligation at a follow-up until it is kept.</source>
        <translation>Әр міндеттемені орындалғанға дейін қадағалау кезінде тексеріп отырыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>{count} obligation(s) not checked yet: record a follow-up for them, then close the case.</source>
        <translation>
            <numerusform>{count} міндеттеме әлі тексерілмеген: олар бойынша қадағалауды тіркеп, содан кейін істі жабыңыз.</numerusform>
            <numerusform>{count} міндеттеме әлі тексерілмеген: олар бойынша қадағалауды тіркеп, содан кейін істі жабыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every obligation has been checked: the case can be closed.</source>
        <translation>Барлық міндеттеме тексерілді: істі жабуға болады.</translation>
    </message>
    <message>
        <source>No obligations recorded.</source>
        <translation>Міндеттемелер тіркелмеген.</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>Әзірге қадағалау жүргізілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>{count} obligation(s) not checked yet.</source>
        <translation>
            <numerusform>{count} міндеттеме әлі тексерілмеген.</numerusform>
            <numerusform>{count} міндеттеме әлі тексерілмеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Жабылған күні</translation>
    </message>
    <message>
        <source>Every obligation has been checked. After closing, the case can no longer change.</source>
        <translation>Барлық міндеттеме тексерілді. Жабылғаннан кейін істі өзгерту мүмкін болмайды.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Tatulyq: first start</source>
        <translation>Tatulyq: алғашқы іске қосу</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Артқа</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Келесі &gt;</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the mediation agreement</source>
        <translation>Медиация туралы шартқа қол қою</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Қол қойылған күні</translation>
    </message>
    <message>
        <source>Mediation starts on this day and should end by {date} ({days} days).</source>
        <translation>Медиация осы күні басталады және {date} дейін аяқталуы тиіс ({days} күн).</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year} жылғы {month}</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Ерте ескерту</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Дабыл</translation>
    </message>
    <message>
        <source>Disputes with an inter-ethnic dimension</source>
        <translation>Ұлтаралық сипаты бар даулар</translation>
    </message>
    <message>
        <source>Group disputes</source>
        <translation>Топтық даулар</translation>
    </message>
    <message>
        <source>High risk of escalation</source>
        <translation>Ушығу қаупі жоғары</translation>
    </message>
    <message>
        <source>Recurrences of earlier disputes</source>
        <translation>Бұрынғы даулардың қайталануы</translation>
    </message>
    <message>
        <source>Consultations on inter-ethnic disputes</source>
        <translation>Ұлтаралық даулар бойынша консультациялар</translation>
    </message>
    <message>
        <source>Early warning: {unit}</source>
        <translation>Ерте ескерту: {unit}</translation>
    </message>
    <message>
        <source>&amp;Signals by:</source>
        <translation>&amp;Белгілер кезеңі:</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>week</source>
        <translation>апта</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>&amp;All regions</source>
        <translation>&amp;Барлық өңір</translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation>Өңірлер картасы</translation>
    </message>
    <message>
        <source>no cases with these marks</source>
        <translation>мұндай белгісі бар іс жоқ</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Серпін</translation>
    </message>
    <message>
        <source>count</source>
        <translation>саны</translation>
    </message>
    <message>
        <source>expected (the place&apos;s own baseline)</source>
        <translation>күтілетіні (сол жердің өз деңгейі)</translation>
    </message>
    <message>
        <source>Choose a signal in the list to see its trend.</source>
        <translation>Серпінін көру үшін тізімнен белгіні таңдаңыз.</translation>
    </message>
    <message>
        <source>Each place is compared with its own previous {months} months. Watch: a count this high would come by chance less than once in {watch}; alert: less than once in {alert}. Fewer than {minimum} is never a signal.</source>
        <translation>Әр жер өзінің алдыңғы {months} айымен салыстырылады. Бақылау: мұндай көп сан кездейсоқ {watch} реттің бірінен де сирек болады; дабыл: {alert} реттің бірінен де сирек. Саны {minimum} жетпесе, ол ешқашан белгі болмайды.</translation>
    </message>
    <message>
        <source>Showing: {region}</source>
        <translation>Көрсетілгені: {region}</translation>
    </message>
    <message>
        <source>Showing: all regions. Click a region to see only its signals.</source>
        <translation>Көрсетілгені: барлық өңір. Тек бір өңірдің белгілерін көру үшін соны шертіңіз.</translation>
    </message>
    <message>
        <source>Watches and alerts</source>
        <translation>Бақылау мен дабылдар</translation>
    </message>
    <message>
        <source>Counting the signals…</source>
        <translation>Белгілер есептелуде…</translation>
    </message>
    <message>
        <source>No case or consultation with these marks in {period} or the {months} months before it.</source>
        <translation>{period} және одан бұрынғы {months} айда: мұндай белгісі бар іс те, консультация да жоқ.</translation>
    </message>
    <message>
        <source>No watch or alert in {region} for {period}.</source>
        <translation>{region} — {period}: бақылау да, дабыл да жоқ.</translation>
    </message>
    <message>
        <source>No watch or alert for {period}: every place is within its usual range.</source>
        <translation>{period}: бақылау да, дабыл да жоқ — барлық жерде көрсеткіштер әдеттегі деңгейде.</translation>
    </message>
    <message>
        <source>Watches and alerts ({count})</source>
        <translation>Бақылау мен дабылдар ({count})</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жер</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілетіні</translation>
    </message>
    <message>
        <source>Behind the signal</source>
        <translation>Белгінің артындағы істер</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Choose a signal to see the cases behind it.</source>
        <translation>Артындағы істерді көру үшін белгіні таңдаңыз.</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>осында тіркелген</translation>
    </message>
    <message>
        <source>received from a unit</source>
        <translation>бөлімшеден алынған</translation>
    </message>
    <message>
        <source>Received from another unit, de-identified: it is opened in that unit&apos;s program.</source>
        <translation>Басқа бөлімшеден иесіздендіріліп алынған: ол сол бөлімшенің бағдарламасында ашылады.</translation>
    </message>
    <message>
        <source>Consultations behind the signal ({count})</source>
        <translation>Белгінің артындағы консультациялар ({count})</translation>
    </message>
    <message>
        <source>Cases behind the signal ({count})</source>
        <translation>Белгінің артындағы істер ({count})</translation>
    </message>
    <message>
        <source>Nothing is counted behind this signal.</source>
        <translation>Бұл белгінің артында есептелген ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Істі ашу үшін екі рет шертіңіз немесе Enter басыңыз.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Add a training</source>
        <translation>Оқу курсын қосу</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>Өткізген &amp;ұйым</translation>
    </message>
    <message>
        <source>&amp;Completed on</source>
        <translation>Аяқталған &amp;күні</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Сағат</translation>
    </message>
    <message>
        <source>Who gave the training</source>
        <translation>Оқуды кім өткізді</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>The unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Which unit of the mediation network this computer works for.</source>
        <translation>Осы компьютер медиация желісінің қай бөлімшесі үшін жұмыс істейді.</translation>
    </message>
    <message>
        <source>Search: part of the name, the region or the code</source>
        <translation>Іздеу: атауының бір бөлігі, өңір немесе код</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Есептік жазба жасау (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>&amp;Жаңа құпиясөз…</translation>
    </message>
    <message>
        <source>Set a new password for the chosen user; this also lifts a lock</source>
        <translation>Таңдалған пайдаланушыға жаңа құпиясөз орнату; бұл бұғатты да алып тастайды</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>{time} дейін бұғатталған</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <source>Let the chosen user sign in again</source>
        <translation>Таңдалған пайдаланушыға қайта кіруге рұқсат беру</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>The chosen user can no longer sign in; their work stays in the records</source>
        <translation>Таңдалған пайдаланушы енді жүйеге кіре алмайды; оның жұмысы жазбаларда сақталады</translation>
    </message>
    <message>
        <source>The user is added.</source>
        <translation>Пайдаланушы қосылды.</translation>
    </message>
    <message>
        <source>The new password is set for {name}.</source>
        <translation>{name} үшін жаңа құпиясөз орнатылды.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} енді жүйеге кіре алмайды.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} қайтадан жүйеге кіре алады.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Match the values</source>
        <translation>Мәндерді сәйкестендіру</translation>
    </message>
    <message>
        <source>The words the register uses for categories, outcomes, stages and the like, and the item of the program&apos;s list each one means. Correct the guesses where needed.</source>
        <translation>Тізілімде санаттарды, нәтижелерді, кезеңдерді т.б. атауға қолданылған сөздер және әрқайсысының бағдарлама тізіміндегі баламасы. Қажет жерде болжамды түзетіңіз.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>In the program</source>
        <translation>Бағдарламада</translation>
    </message>
    <message>
        <source>— not matched —</source>
        <translation>— сәйкестендірілмеген —</translation>
    </message>
    <message>
        <source>No column of this register holds values from the program&apos;s lists.</source>
        <translation>Бұл тізілімнің бірде-бір бағанында бағдарлама тізімдерінің мәндері жоқ.</translation>
    </message>
    <message>
        <source>Not matched: {count}. The rows that use them will be listed as problems.</source>
        <translation>Сәйкестендірілмегені: {count}. Оларды қолданатын жолдар қате ретінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Every value is matched.</source>
        <translation>Барлық мән сәйкестендірілді.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>No time</source>
        <translation>Уақытсыз</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Алдыңғы апта</translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation>Алдыңғы аптаны көрсету (Alt+←)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>Back to the week of today (Alt+Home)</source>
        <translation>Ағымдағы аптаға оралу (Alt+Home)</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Келесі апта ▶</translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation>Келесі аптаны көрсету (Alt+→)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No sessions held or planned this week. Sessions are planned from a case: open it and add one.</source>
        <translation>Бұл аптада өткен немесе жоспарланған кездесу жоқ. Кездесулер іс ішінде жоспарланады: істі ашып, кездесу қосыңыз.</translation>
    </message>
</context>
<context>
    <name>WorkbookSummary</name>
    <message>
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Қабылданған істер</translation>
    </message>
    <message>
        <source>Carried over from before</source>
        <translation>Өткен кезеңнен ауысқан істер</translation>
    </message>
    <message>
        <source>Mediations ended</source>
        <translation>Аяқталған медиациялар</translation>
    </message>
    <message>
        <source>Settled in full or in part</source>
        <translation>Толық немесе ішінара реттелгені</translation>
    </message>
    <message>
        <source>Settlement rate (settled of ended)</source>
        <translation>Реттелу үлесі (аяқталғандардың ішінде реттелгені)</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Кезең соңындағы аяқталмаған істер</translation>
    </message>
    <message>
        <source>Past the term at the end of the period</source>
        <translation>Кезең соңында мерзімі өткен істер</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Sheets of the workbook: {count}</source>
        <translation>Кітаптағы парақтар саны: {count}</translation>
    </message>
    <message>
        <source>The workbook has the report&apos;s tables, one sheet each. Press Save as… to keep it and open it in Excel or LibreOffice Calc.</source>
        <translation>Кітапта есептің кестелері бар, әр кесте жеке парақта. Оны сақтап алу үшін «Сақтау…» түймесін басыңыз, сосын Excel немесе LibreOffice Calc бағдарламасында ашыңыз.</translation>
    </message>
    <message>
        <source>{unit}, {period}</source>
        <translation>{unit}, {period}</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Tatulyq is locked.</source>
        <translation>Tatulyq бұғатталған.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Tatulyq cannot start</source>
        <translation>Tatulyq іске қосылмады</translation>
    </message>
</context>
</TS>

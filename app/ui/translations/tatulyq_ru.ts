<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActorNames</name>
    <message>
        <source>sign-in as {0}</source>
        <translation>вход под именем {0}</translation>
    </message>
    <message>
        <source>{0} (command line)</source>
        <translation>{0} (командная строка)</translation>
    </message>
    <message>
        <source>monthly package from {0}</source>
        <translation>ежемесячный пакет от {0}</translation>
    </message>
    <message>
        <source>first-start set-up</source>
        <translation>настройка при первом запуске</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>демонстрационные данные</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The person who looks after the program here: they add the mediators and other users.</source>
        <translation>Человек, который ведёт программу здесь: он добавляет медиаторов и других пользователей.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. aliya.s</source>
        <translation>Латинские буквы и цифры, например: aliya.s</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters, with at least one letter and one digit. It also opens the encrypted database: keep it to yourself.</source>
        <translation>Пароль должен содержать не менее {count} символов, в том числе хотя бы одну букву и одну цифру. Он же открывает зашифрованную базу данных: никому его не сообщайте.</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Before signing</source>
        <translation>Перед подписанием</translation>
    </message>
    <message>
        <source>Mediation agreement and term</source>
        <translation>Договор о медиации и срок</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Окончание срока:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Осталось:</translation>
    </message>
    <message>
        <source>&amp;Sign the mediation agreement…</source>
        <translation>&amp;Подписать договор о медиации…</translation>
    </message>
    <message>
        <source>E&amp;xtend the term…</source>
        <translation>Продлить &amp;срок…</translation>
    </message>
    <message>
        <source>Record the &amp;proposal…</source>
        <translation>&amp;Записать предложение…</translation>
    </message>
    <message>
        <source>A written proposal to mediate that gets no answer in time counts as refused.</source>
        <translation>Письменное предложение о проведении медиации, оставленное без ответа в срок, считается отклонённым.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продления срока</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Дата продления</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>An applicant is on the case</source>
        <translation>В деле есть заявитель</translation>
    </message>
    <message>
        <source>A respondent is on the case</source>
        <translation>В деле есть ответчик</translation>
    </message>
    <message>
        <source>A mediator is assigned (no conflict declared)</source>
        <translation>Назначен медиатор (конфликт интересов не заявлен)</translation>
    </message>
    <message>
        <source>No written proposal to mediate recorded.</source>
        <translation>Письменное предложение о проведении медиации не записано.</translation>
    </message>
    <message>
        <source>Proposal to mediate sent on {sent}; with no answer by {date} it counts as refused.</source>
        <translation>Предложение о проведении медиации направлено {sent}; если ответа не будет до {date}, оно будет считаться отклонённым.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписан</translation>
    </message>
    <message>
        <source>The mediation ended on {date}</source>
        <translation>Медиация завершена {date}</translation>
    </message>
    <message>
        <source>The term can be extended {count} time(s) only; no more extensions are possible.</source>
        <translation>Допустимое число продлений срока: {count}; больше продлевать нельзя.</translation>
    </message>
    <message>
        <source>No extensions.</source>
        <translation>Продлений нет.</translation>
    </message>
    <message>
        <source>Proposal to mediate</source>
        <translation>Предложение о проведении медиации</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Дата отправки</translation>
    </message>
    <message>
        <source>The day the written proposal to mediate was sent to the other side.</source>
        <translation>День, когда письменное предложение о проведении медиации было направлено другой стороне.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a mediator</source>
        <translation>Назначить медиатора</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Медиатор</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Assigned &amp;on</source>
        <translation>&amp;Дата назначения</translation>
    </message>
    <message>
        <source>&amp;Nothing prevents the mediator&apos;s impartiality in this case</source>
        <translation>&amp;Ничто не препятствует беспристрастности медиатора в этом деле</translation>
    </message>
    <message>
        <source>Something &amp;prevents impartiality: the mediator must decline</source>
        <translation>&amp;Есть препятствие для беспристрастности: медиатор должен отказаться от дела</translation>
    </message>
    <message>
        <source>What prevents impartiality (required with a conflict)</source>
        <translation>Что препятствует беспристрастности (обязательно при конфликте интересов)</translation>
    </message>
    <message>
        <source>&amp;Lead mediator (otherwise a co-mediator)</source>
        <translation>&amp;Ведущий медиатор (иначе — ко-медиатор)</translation>
    </message>
    <message>
        <source>No mediator can be chosen: every active mediator of your unit is already on this case, or there is none yet. Add mediators on the Mediators page.</source>
        <translation>Медиатора выбрать нельзя: все активные медиаторы вашего подразделения уже участвуют в этом деле или их ещё нет. Добавьте медиаторов на странице «Медиаторы».</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть дело.</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Every change and every opening of a party&apos;s personal data, with who and when. The entries are chained so that an entry removed or changed outside the program is detected.</source>
        <translation>Каждое изменение и каждое открытие персональных данных стороны: кто и когда. Записи связаны в цепочку, поэтому запись, удалённая или изменённая в обход программы, будет обнаружена.</translation>
    </message>
    <message>
        <source>Open the audit &amp;trail…</source>
        <translation>Открыть &amp;журнал аудита…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Opened personal data</source>
        <translation>Открыты персональные данные</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Audit trail — Tatulyq</source>
        <translation>Журнал аудита — Tatulyq</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;Номер дела</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write the entries the filters select to a file that Excel opens</source>
        <translation>Записать отобранные фильтрами записи в файл, который открывается в Excel</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>Make sure no entry of the trail was removed or changed outside the program</source>
        <translation>Убедиться, что ни одна запись журнала не была удалена или изменена в обход программы</translation>
    </message>
    <message>
        <source>{kind}: {record}</source>
        <translation>{kind}: {record}</translation>
    </message>
    <message>
        <source>Entries: {total}; the newest {shown} are shown. Narrow the filters to see the rest.</source>
        <translation>Записей: {total}; показаны последние ({shown}). Чтобы увидеть остальные, уточните фильтры.</translation>
    </message>
    <message>
        <source>Entries: {total}</source>
        <translation>Записей: {total}</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>{count} entries were written to {path}.</source>
        <translation>Записано в {path} записей: {count}.</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <source>The chain checks out: none of the {count} entries was removed or changed.</source>
        <translation>Цепочка в порядке: ни одна из записей ({count}) не удалена и не изменена.</translation>
    </message>
    <message>
        <source>The chain does not check out from entry {seq} on: an entry was removed or changed outside the program. Tell the administrator; `tatulyq db check` gives the details.</source>
        <translation>Цепочка нарушена начиная с записи {seq}: запись удалена или изменена в обход программы. Сообщите администратору; подробности покажет `tatulyq db check`.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>The database is on a server. Back it up with the server&apos;s own tools (pg_dump); the program keeps no copies of it.</source>
        <translation>База данных находится на сервере. Делайте её резервные копии средствами самого сервера (pg_dump); программа не хранит её копий.</translation>
    </message>
    <message>
        <source>Every day the program keeps a copy of the database in {folder}, and it makes one before every update of the program and before every restore. Copy the database to a USB stick from time to time and keep it in another building.</source>
        <translation>Каждый день программа сохраняет копию базы данных в папке {folder}, а также делает копию перед каждым обновлением программы и перед каждым восстановлением. Время от времени копируйте базу данных на USB-флешку и храните её в другом здании.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Copy to a folder…</source>
        <translation>&amp;Копировать в папку…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to a folder, a USB stick</source>
        <translation>Записать проверенную копию базы данных в папку или на USB-флешку</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <source>Daily backups kept (the newest days)</source>
        <translation>Хранить ежедневных копий (за последние дни)</translation>
    </message>
    <message>
        <source>Weekly backups kept (the newest of each week)</source>
        <translation>Хранить еженедельных копий (последняя за каждую неделю)</translation>
    </message>
    <message>
        <source>Monthly backups kept (the newest of each month)</source>
        <translation>Хранить ежемесячных копий (последняя за каждый месяц)</translation>
    </message>
    <message>
        <source>Save the &amp;number of backups</source>
        <translation>Сохранить &amp;количество копий</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Folder for the copy of the database</source>
        <translation>Папка для копии базы данных</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копирование базы данных…</translation>
    </message>
    <message>
        <source>A checked copy is written to {path}. It holds {cases} cases.</source>
        <translation>Проверенная копия записана в {path}. Дел в ней: {cases}.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Копия для восстановления</translation>
    </message>
    <message>
        <source>Tatulyq databases (*.db);;All files (*)</source>
        <translation>Базы данных Tatulyq (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка копии…</translation>
    </message>
    <message>
        <source>Restore the database from this backup?

Made on: {made}
Schema: {revision}
Cases: {cases}; parties: {parties}; consultations: {consultations}

Everything entered after that moment will be gone from the database. The database as it is now is saved first in {folder}. After the restore Tatulyq closes; start it again.</source>
        <translation>Восстановить базу данных из этой резервной копии?

Создана: {made}
Схема: {revision}
Дел: {cases}; сторон: {parties}; консультаций: {consultations}

Всё, что было внесено после этого момента, исчезнет из базы данных. Текущая база данных сначала будет сохранена в папке {folder}. После восстановления Tatulyq закроется; запустите его снова.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>The database is restored from {source}. The database as it was is saved as {saved}. Tatulyq closes now; start it again.</source>
        <translation>База данных восстановлена из {source}. Прежняя база данных сохранена как {saved}. Сейчас Tatulyq закроется; запустите его снова.</translation>
    </message>
    <message>
        <source>Kept from now on: {daily} daily, {weekly} weekly and {monthly} monthly backups.</source>
        <translation>Теперь хранится ежедневных копий: {daily}, еженедельных: {weekly}, ежемесячных: {monthly}.</translation>
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
        <translation>&amp;Спор</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>Сторо&amp;ны</translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation>&amp;Медиаторы</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Договор</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Встречи</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>Со&amp;глашение</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the dispute (Ctrl+S)</source>
        <translation>Сохранить данные спора (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Put back the dispute as it was last saved</source>
        <translation>Вернуть данные спора к последнему сохранённому состоянию</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the case (Esc); unsaved changes are asked about</source>
        <translation>Закрыть окно дела (Esc); о несохранённых изменениях программа спросит</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Отменить их</translation>
    </message>
    <message>
        <source>Somebody else saved this case after you opened it, so your changes were not saved. They are still here.</source>
        <translation>Кто-то другой сохранил это дело после того, как вы его открыли, поэтому ваши изменения не сохранены. Они по-прежнему здесь.</translation>
    </message>
    <message>
        <source>&amp;Load their changes and keep mine</source>
        <translation>&amp;Получить их изменения, сохранив мои</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Дело недоступно</translation>
    </message>
    <message>
        <source>Case not available{modified} — Tatulyq</source>
        <translation>Дело недоступно{modified} — Tatulyq</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Ещё не зарегистрировано</translation>
    </message>
    <message>
        <source>New case{modified} — Tatulyq</source>
        <translation>Новое дело{modified} — Tatulyq</translation>
    </message>
    <message>
        <source>Case {number}{modified} — Tatulyq</source>
        <translation>Дело {number}{modified} — Tatulyq</translation>
    </message>
    <message>
        <source>Deadline {date}: {left}</source>
        <translation>Срок {date}: {left}</translation>
    </message>
    <message>
        <source>Save the dispute first.</source>
        <translation>Сначала сохраните данные спора.</translation>
    </message>
    <message>
        <source>This case could not be opened. Close this window and open it again from the list.</source>
        <translation>Не удалось открыть это дело. Закройте это окно и откройте дело снова из списка.</translation>
    </message>
    <message>
        <source>Fill in the dispute and press Save (Ctrl+S) to register the case.</source>
        <translation>Заполните данные спора и нажмите «Сохранить» (Ctrl+S), чтобы зарегистрировать дело.</translation>
    </message>
    <message>
        <source>Next: add the applicant and the respondent on the Parties tab.</source>
        <translation>Далее: добавьте заявителя и ответчика на вкладке «Стороны».</translation>
    </message>
    <message>
        <source>Next: assign a mediator on the Mediators tab.</source>
        <translation>Далее: назначьте медиатора на вкладке «Медиаторы».</translation>
    </message>
    <message>
        <source>Next: sign the mediation agreement on the Agreement tab.</source>
        <translation>Далее: подпишите договор о медиации на вкладке «Договор».</translation>
    </message>
    <message>
        <source>In mediation: log each session; record the outcome when it ends.</source>
        <translation>Идёт медиация: записывайте каждую встречу; когда медиация завершится, запишите результат.</translation>
    </message>
    <message>
        <source>Follow-up: check each obligation on the Settlement tab, then close the case.</source>
        <translation>Контроль исполнения: проверьте каждое обязательство на вкладке «Соглашение», затем закройте дело.</translation>
    </message>
    <message>
        <source>This case is final; its record can no longer change.</source>
        <translation>Дело завершено; его данные больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Unsaved changes from {when} were brought back from a draft. Save them, or discard them to go back to what was saved.</source>
        <translation>Несохранённые изменения от {when} восстановлены из черновика. Сохраните их или отмените, чтобы вернуться к сохранённой версии.</translation>
    </message>
    <message>
        <source>The case is registered as {number}.</source>
        <translation>Дело зарегистрировано под номером {number}.</translation>
    </message>
    <message>
        <source>The dispute now shows what was saved meanwhile, with your changes on top. Check it and press Save.</source>
        <translation>В данных спора теперь то, что было сохранено за это время, а поверх — ваши изменения. Проверьте их и нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This new case is not registered yet. Save it before closing?</source>
        <translation>Это новое дело ещё не зарегистрировано. Сохранить его перед закрытием?</translation>
    </message>
    <message>
        <source>The dispute of this case has unsaved changes. Save them before closing?</source>
        <translation>В данных спора по этому делу есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Case number, a party&apos;s name or words of the description</source>
        <translation>Номер дела, имя стороны или слова из описания</translation>
    </message>
    <message>
        <source>Results appear as you type; any letter case, Kazakh and Russian letters. Enter or Down moves to the list (Ctrl+F comes back here, Esc clears).</source>
        <translation>Результаты появляются по мере ввода; регистр букв не важен, казахские и русские буквы. Enter или Down переходит к списку (Ctrl+F возвращает сюда, Esc очищает).</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>Show all cases again: empty the search and reset every filter</source>
        <translation>Снова показать все дела: очистить поиск и сбросить все фильтры</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Open cases (not closed)</source>
        <translation>Незакрытые дела</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>&amp;Медиатор:</translation>
    </message>
    <message>
        <source>Intake &amp;period:</source>
        <translation>&amp;Период приёма:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Chosen dates…</source>
        <translation>Выбранные даты…</translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation>Принято в этот день или позже</translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation>Принято в этот день или раньше</translation>
    </message>
    <message>
        <source>Inter-&amp;ethnic</source>
        <translation>&amp;Межэтнический</translation>
    </message>
    <message>
        <source>Only disputes with an inter-ethnic dimension</source>
        <translation>Только споры с межэтническим характером</translation>
    </message>
    <message>
        <source>&amp;Group dispute</source>
        <translation>&amp;Групповой спор</translation>
    </message>
    <message>
        <source>Only group disputes (many people)</source>
        <translation>Только групповые споры (много людей)</translation>
    </message>
    <message>
        <source>M&amp;inors involved</source>
        <translation>&amp;Участвуют несовершеннолетние</translation>
    </message>
    <message>
        <source>Only disputes where minors are involved</source>
        <translation>Только споры с участием несовершеннолетних</translation>
    </message>
    <message>
        <source>&amp;High risk</source>
        <translation>&amp;Высокий риск</translation>
    </message>
    <message>
        <source>Only disputes with a high risk of escalation</source>
        <translation>Только споры с высоким риском обострения</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <source>Only cases in mediation whose term has run out</source>
        <translation>Только дела в медиации с истёкшим сроком</translation>
    </message>
    <message>
        <source>Any mediator</source>
        <translation>Любой медиатор</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (не в реестре)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Click to sort by this column; click again to reverse the order</source>
        <translation>Нажмите, чтобы упорядочить по этому столбцу; нажмите ещё раз, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя упорядочить</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Days overdue: {days}</source>
        <translation>Просрочено дней: {days}</translation>
    </message>
    <message>
        <source>Days left: {days}</source>
        <translation>Осталось дней: {days}</translation>
    </message>
    <message>
        <source>The mediation must end by {date} (its term from the mediation agreement, with extensions)</source>
        <translation>Медиация должна завершиться до {date} (срок по договору о медиации с учётом продлений)</translation>
    </message>
    <message>
        <source>Inter-ethnic</source>
        <translation>Межэтнический</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Межэтнический характер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Групповой</translation>
    </message>
    <message>
        <source>Group dispute (many people)</source>
        <translation>Групповой спор (много людей)</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Несовершеннолетние</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Участвуют несовершеннолетние</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>High risk of escalation</source>
        <translation>Высокий риск обострения</translation>
    </message>
    <message>
        <source>Enter or double-click opens the case</source>
        <translation>Enter или двойной щелчок открывает дело</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>Register a new dispute (Ctrl+N)</source>
        <translation>Зарегистрировать новый спор (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>Импорт из E&amp;xcel…</translation>
    </message>
    <message>
        <source>Bring in the cases of a register kept in Excel or CSV</source>
        <translation>Перенести в программу дела из реестра, который вёлся в Excel или CSV</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Enter or double-click opens the selected case</source>
        <translation>Enter или двойной щелчок открывает выбранное дело</translation>
    </message>
    <message>
        <source>Cases found: {count}</source>
        <translation>Найдено дел: {count}</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to register the first one.</source>
        <translation>Дел пока нет. Нажмите Ctrl+N, чтобы зарегистрировать первое.</translation>
    </message>
    <message>
        <source>No case matches the search and the filters. Change them, or press &quot;Clear filters&quot; to see every case.</source>
        <translation>Нет дел, подходящих под поиск и фильтры. Измените их или нажмите «Сбросить фильтры», чтобы увидеть все дела.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>Every row is checked by the rules of the case editor. Nothing is written yet.</source>
        <translation>Каждая строка проверяется по правилам редактора дел. Пока ничего не записывается.</translation>
    </message>
    <message>
        <source>Rows with problems, and why:</source>
        <translation>Строки с ошибками и причины:</translation>
    </message>
    <message>
        <source>Rows already in the register (they will not be added again):</source>
        <translation>Дела, которые уже есть в программе (повторно не добавляются):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Rows read: {rows}. New cases: {new}. Already in the register: {matches}. Rows with problems: {problems}.</source>
        <translation>Прочитано строк: {rows}. Новых дел: {new}. Уже есть в программе: {matches}. Строк с ошибками: {problems}.</translation>
    </message>
    <message>
        <source>There is nothing to add: no row is both correct and new.</source>
        <translation>Добавлять нечего: нет строк, которые были бы и верными, и новыми.</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows have problems. Correct them in the file and read it again, or go back and choose to import the good rows.</source>
        <translation>Пока в строках есть ошибки, ничего не импортируется. Исправьте их в файле и прочитайте его снова или вернитесь назад и выберите импорт только верных строк.</translation>
    </message>
    <message>
        <source>Press Import to add {count} cases; the rows with problems will be left out.</source>
        <translation>Нажмите «Импортировать», чтобы добавить дела ({count}); строки с ошибками будут пропущены.</translation>
    </message>
    <message>
        <source>Every row is correct. Press Import to add {count} cases.</source>
        <translation>Все строки верны. Нажмите «Импортировать», чтобы добавить дела ({count}).</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Each column of the register fills one field of a case. The program guessed from the headers; correct what is wrong. A column left as “not imported” is skipped.</source>
        <translation>Каждый столбец реестра заполняет одно поле дела. Программа определила их по заголовкам; исправьте, где нужно. Столбец с пометкой «не импортируется» пропускается.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Field of the case</source>
        <translation>Поле дела</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <source>Choose the column of: {fields}. Without it no case can be imported.</source>
        <translation>Выберите столбец для поля: {fields}. Без него не импортируется ни одно дело.</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>On time: the month was sent by the deadline day of the next month (a setting). Only units open during a month are expected to send it.</source>
        <translation>В срок: месяц отправлен до установленного дня следующего месяца (задаётся в настройках). Месяц обязаны отправить только подразделения, работавшие в этом месяце.</translation>
    </message>
    <message>
        <source>No unit sends its monthly packages to this unit, so there is nothing to count here. At a regional or the republican council the grid shows every unit below it.</source>
        <translation>Этому подразделению никто не отправляет ежемесячные пакеты, поэтому здесь нечего считать. В региональном или республиканском совете в таблице показаны все подчинённые подразделения.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>{month}: on time if sent by {deadline}</source>
        <translation>{month}: в срок, если отправлен до {deadline}</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не поступило</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>Редакция {revision}</translation>
    </message>
    <message>
        <source>Completed by the unit: {when}</source>
        <translation>Завершён подразделением: {when}</translation>
    </message>
    <message>
        <source>Received here: {when}</source>
        <translation>Получен здесь: {when}</translation>
    </message>
    <message>
        <source>{month}: expected {expected}, on time {on_time}, late {late}, missing {missing}.</source>
        <translation>{month}: ожидается — {expected}, в срок — {on_time}, с опозданием — {late}, не поступило — {missing}.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Log a consultation</source>
        <translation>Запись консультации</translation>
    </message>
    <message>
        <source>An appeal answered at the consultation stage. Type the first letters to choose in a list, Tab to move on, Enter to save. Esc closes.</source>
        <translation>Обращение, по которому дан ответ на стадии консультации. Чтобы выбрать из списка, введите первые буквы; Tab — переход к следующему полю, Enter — сохранить, Esc — закрыть.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Медиатор</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>П&amp;ол</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>&amp;Возрастная группа</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Пр&amp;имечание</translation>
    </message>
    <message>
        <source>&amp;Inter-ethnic dimension</source>
        <translation>Межэтнический &amp;характер</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Choose: type the first letters</source>
        <translation>Выберите: введите первые буквы</translation>
    </message>
    <message>
        <source>One line about the question; no names or phone numbers</source>
        <translation>Одна строка о сути вопроса; без имён и номеров телефонов</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save this consultation and clear the form for the next (Enter)</source>
        <translation>Сохранить консультацию и очистить форму для следующей (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Закрыть это окно (Esc)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Logged in this window: {count}</source>
        <translation>Записано в этом окне: {count}</translation>
    </message>
    <message>
        <source>Choose the topic: type its first letters, or press Alt+Down to see the list.</source>
        <translation>Выберите тему: введите первые буквы или нажмите Alt+↓, чтобы открыть список.</translation>
    </message>
    <message>
        <source>Choose the result: type its first letters, or press Alt+Down to see the list.</source>
        <translation>Выберите результат: введите первые буквы или нажмите Alt+↓, чтобы открыть список.</translation>
    </message>
    <message>
        <source>Saved: {topic}, {result}, {date}. Log the next one, or press Esc to close.</source>
        <translation>Сохранено: {topic}, {result}, {date}. Запишите следующую консультацию или нажмите Esc, чтобы закрыть окно.</translation>
    </message>
    <message>
        <source>This consultation is not saved. Press Enter to save it, or Esc again to close without it.</source>
        <translation>Эта консультация не сохранена. Нажмите Enter, чтобы сохранить её, или ещё раз Esc, чтобы закрыть окно без сохранения.</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Обратившийся</translation>
    </message>
    <message>
        <source>Inter-ethnic</source>
        <translation>Межэтнический</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Log a consultation (F3)</source>
        <translation>Записать консультацию (F3)</translation>
    </message>
    <message>
        <source>Open the quick log; F3 opens it from any page</source>
        <translation>Открыть окно быстрой записи; клавиша F3 открывает его с любой страницы</translation>
    </message>
    <message>
        <source>Consultations in the period</source>
        <translation>Консультаций за период</translation>
    </message>
    <message>
        <source>The period ends before it starts. Change the dates above.</source>
        <translation>Дата окончания периода раньше даты начала. Исправьте даты выше.</translation>
    </message>
    <message>
        <source>No consultations logged from {start} to {end}. Press F3 to log one: it takes a minute.</source>
        <translation>С {start} по {end} консультации не записывались. Чтобы записать консультацию, нажмите F3 — это займёт минуту.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>{count} days left</source>
        <translation>Осталось {count} дн.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок истекает сегодня</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>Просрочено на {count} дн.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines and calendar</source>
        <translation>Сроки и календарь</translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation>Встречи за неделю</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Needs attention on {date}</source>
        <translation>На {date} требует внимания</translation>
    </message>
    <message>
        <source>Needs attention on {date}: {count}</source>
        <translation>На {date} требует внимания: {count}</translation>
    </message>
    <message>
        <source>Nothing needs attention on {date}.</source>
        <translation>На {date} ничего не требует внимания.</translation>
    </message>
    <message>
        <source>Past the term ({count})</source>
        <translation>Дела с истёкшим сроком ({count})</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>No case in mediation is past its term.</source>
        <translation>Ни у одного дела в медиации срок не истёк.</translation>
    </message>
    <message>
        <source>Term ends within {days} days ({count})</source>
        <translation>Срок истекает в течение {days} дн. ({count})</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>No term ends in the next {days} days.</source>
        <translation>В ближайшие {days} дн. сроки не истекают.</translation>
    </message>
    <message>
        <source>Proposals unanswered over {days} days ({count})</source>
        <translation>Предложения без ответа более {days} дн. ({count})</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Предложение направлено</translation>
    </message>
    <message>
        <source>Answer was due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>No proposal to mediate has waited more than {days} days for an answer (the law counts such a proposal as refused).</source>
        <translation>Нет предложений о медиации, оставшихся без ответа более {days} дн. (по закону такое предложение считается отклонённым).</translation>
    </message>
    <message>
        <source>The law counts a proposal to mediate left without an answer for {days} days as refused.</source>
        <translation>По закону предложение о медиации, на которое в течение {days} дн. не дан ответ, считается отклонённым.</translation>
    </message>
    <message>
        <source>Obligations due or overdue ({count})</source>
        <translation>Обязательства к исполнению и просроченные ({count})</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>No obligation of a settlement agreement falls due in the next {days} days.</source>
        <translation>Обязательств по соглашениям об урегулировании спора со сроком исполнения в ближайшие {days} дн. нет.</translation>
    </message>
</context>
<context>
    <name>DisputeTab</name>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>&amp;Intake date</source>
        <translation>&amp;Дата приёма</translation>
    </message>
    <message>
        <source>&amp;How it came</source>
        <translation>&amp;Источник обращения</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Legal area</source>
        <translation>&amp;Вид правоотношений</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the mediation</source>
        <translation>&amp;Язык медиации</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Особые признаки</translation>
    </message>
    <message>
        <source>&amp;Risk of escalation</source>
        <translation>&amp;Риск обострения</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Межэтнический характер</translation>
    </message>
    <message>
        <source>Group dispute (many people)</source>
        <translation>Групповой спор (много участников)</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Затронуты несовершеннолетние</translation>
    </message>
    <message>
        <source>Recurrence of an earlier dispute</source>
        <translation>Повторение прежнего спора</translation>
    </message>
    <message>
        <source>What the dispute is about, in a few sentences. Nothing said in mediation goes here.</source>
        <translation>Суть спора в нескольких предложениях. Сказанное в ходе медиации сюда не записывается.</translation>
    </message>
    <message>
        <source>The day the dispute came to the service; not later than today.</source>
        <translation>День поступления спора в службу; не позднее сегодняшнего дня.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>The case is final; its dispute can no longer change.</source>
        <translation>Дело завершено; данные спора больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Corrections here are saved with Save (Ctrl+S).</source>
        <translation>Исправления здесь сохраняются кнопкой «Сохранить» (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Mediation agreement</source>
        <translation>Договор о медиации</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>{document} — case {number} — Tatulyq</source>
        <translation>{document} — дело {number} — Tatulyq</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Save a copy of the document where you choose (Ctrl+S)</source>
        <translation>Сохранить копию документа в выбранное место (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the document to sign (Ctrl+P)</source>
        <translation>Распечатать документ для подписи (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Закрыть просмотр (Esc)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Документ готовится…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранение документа</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Sent to the printer: {name}</source>
        <translation>Отправлено на печать: {name}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Mediation agreement</source>
        <translation>Договор о медиации</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>The parties and the mediator named below have concluded this agreement in accordance with the Law of the Republic of Kazakhstan of 28 January 2011 No. 401-IV &quot;On Mediation&quot; as follows.</source>
        <translation>Нижеуказанные стороны и медиатор заключили настоящий договор в соответствии с Законом Республики Казахстан от 28 января 2011 года № 401-IV «О медиации» о нижеследующем.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Стороны</translation>
    </message>
    <message>
        <source>2. The mediator</source>
        <translation>2. Медиатор</translation>
    </message>
    <message>
        <source>Mediation service: {unit}.</source>
        <translation>Служба медиации: {unit}.</translation>
    </message>
    <message>
        <source>Category of the dispute: {category}.</source>
        <translation>Категория спора: {category}.</translation>
    </message>
    <message>
        <source>Description of the dispute:</source>
        <translation>Описание спора:</translation>
    </message>
    <message>
        <source>3. Subject of the dispute</source>
        <translation>3. Предмет спора</translation>
    </message>
    <message>
        <source>The term of the mediation, counted in calendar days from the day this agreement is signed, is {days}.</source>
        <translation>Срок медиации, исчисляемый в календарных днях со дня подписания настоящего договора, составляет {days}.</translation>
    </message>
    <message>
        <source>The term may be extended only with the written consent of the parties.</source>
        <translation>Срок может быть продлён только с письменного согласия сторон.</translation>
    </message>
    <message>
        <source>The term has been extended with the consent of the parties.</source>
        <translation>Срок медиации продлён с согласия сторон.</translation>
    </message>
    <message>
        <source>The last day of the mediation term is {date}.</source>
        <translation>Последний день срока медиации – {date}.</translation>
    </message>
    <message>
        <source>The mediator works free of charge: the parties pay nothing for the mediation.</source>
        <translation>Медиатор осуществляет свою деятельность на безвозмездной основе: стороны не оплачивают проведение медиации.</translation>
    </message>
    <message>
        <source>The remuneration of the professional mediator and the costs of the mediation, if any, are set by a separate written agreement of the parties and the mediator.</source>
        <translation>Вознаграждение профессионального медиатора и расходы, связанные с проведением медиации, если они имеются, определяются отдельным письменным соглашением сторон и медиатора.</translation>
    </message>
    <message>
        <source>The mediation is based on the principles of voluntariness, equality of the parties, independence and impartiality of the mediator, non-interference in the mediation procedure, and confidentiality.</source>
        <translation>Медиация проводится на основе принципов добровольности, равноправия сторон, независимости и беспристрастности медиатора, недопустимости вмешательства в процедуру медиации и конфиденциальности.</translation>
    </message>
    <message>
        <source>The parties take part in the mediation voluntarily. Either party may withdraw from the mediation at any stage by informing the mediator and the other party in writing.</source>
        <translation>Стороны участвуют в медиации добровольно. Каждая из сторон вправе на любой стадии отказаться от медиации, письменно уведомив об этом медиатора и другую сторону.</translation>
    </message>
    <message>
        <source>The mediator is independent and impartial, does not decide the dispute for the parties and represents neither of them. The mediator has declared that no circumstances prevent impartiality in this dispute; should such circumstances arise, the mediator shall inform the parties at once and withdraw from the mediation.</source>
        <translation>Медиатор независим и беспристрастен, не разрешает спор за стороны и не является представителем ни одной из них. Медиатор заявил об отсутствии обстоятельств, препятствующих его беспристрастности в данном споре; при возникновении таких обстоятельств медиатор незамедлительно сообщает о них сторонам и прекращает участие в медиации.</translation>
    </message>
    <message>
        <source>Information that becomes known in the course of the mediation is confidential: the mediator and the parties shall not disclose it without the consent of the parties, except in the cases provided for by law. The mediator may not be questioned as a witness about circumstances that became known in connection with the mediation.</source>
        <translation>Сведения, ставшие известными в ходе медиации, являются конфиденциальными: медиатор и стороны не разглашают их без согласия сторон, за исключением случаев, предусмотренных законом. Медиатор не может быть допрошен в качестве свидетеля об обстоятельствах, ставших ему известными в связи с проведением медиации.</translation>
    </message>
    <message>
        <source>The mediation ends when the parties sign a settlement agreement, when a party or the mediator refuses in writing to continue it, or when its term expires.</source>
        <translation>Медиация прекращается с подписанием сторонами соглашения об урегулировании спора, при письменном отказе стороны или медиатора от продолжения медиации либо по истечении её срока.</translation>
    </message>
    <message>
        <source>This agreement takes effect when signed. It is made in copies of equal legal force, one for each party and one for the mediator.</source>
        <translation>Настоящий договор вступает в силу с момента его подписания. Договор составлен в экземплярах, имеющих одинаковую юридическую силу, по одному для каждой из сторон и для медиатора.</translation>
    </message>
    <message>
        <source>4. Terms of the mediation</source>
        <translation>4. Условия медиации</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>Телефон, электронная почта</translation>
    </message>
    <message>
        <source>Taking part in the case as</source>
        <translation>Участвует в деле в качестве</translation>
    </message>
    <message>
        <source>Collects and processes the data</source>
        <translation>Сбор и обработку данных осуществляет</translation>
    </message>
    <message>
        <source>I agree that my ethnicity is recorded</source>
        <translation>согласен(-на) на указание моей национальности</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>не согласен(-на)</translation>
    </message>
    <message>
        <source>Ethnicity is recorded only if I wish to state it (tick one):</source>
        <translation>Национальность указывается, только если я сам(-а) желаю её сообщить (отметьте один вариант):</translation>
    </message>
    <message>
        <source>Personal data: surname, first name and patronymic; IIN, date of birth and sex; address; telephone and e-mail; language of communication; information about the dispute and my part in the mediation.</source>
        <translation>Персональные данные: фамилия, имя, отчество; ИИН, дата рождения и пол; адрес; телефон и электронная почта; язык общения; сведения о споре и моём участии в медиации.</translation>
    </message>
    <message>
        <source>Purpose: the mediation of the dispute in case No. {number} (registering the case, organising and holding the mediation, drawing up its documents, following up the fulfilment of the settlement agreement), and statistical reporting, for which my data are used only in de-identified form, without my name, IIN or contacts.</source>
        <translation>Цель: проведение медиации по делу № {number} (регистрация дела, организация и проведение медиации, оформление её документов, контроль исполнения соглашения об урегулировании спора), а также статистическая отчётность, для которой мои данные используются только в обезличенном виде, без фамилии, ИИН и контактных данных.</translation>
    </message>
    <message>
        <source>Actions with the data: collection, recording, storage, updating, use, de-identification, blocking and destruction. The data are not passed to third persons, except in the cases provided for by the laws of the Republic of Kazakhstan.</source>
        <translation>Действия с данными: сбор, запись, хранение, изменение, использование, обезличивание, блокирование и уничтожение. Данные не передаются третьим лицам, за исключением случаев, предусмотренных законодательством Республики Казахстан.</translation>
    </message>
    <message>
        <source>My personal data are stored in the territory of the Republic of Kazakhstan and protected against unauthorised access, loss and disclosure for as long as the purpose above requires and the law provides.</source>
        <translation>Мои персональные данные хранятся на территории Республики Казахстан и защищаются от неправомерного доступа, утраты и разглашения в течение срока, необходимого для указанной цели и предусмотренного законом.</translation>
    </message>
    <message>
        <source>I may withdraw this consent at any time by a written notice to the organisation named above, except where the law does not allow it (for example, while an obligation I have undertaken is unfulfilled). Withdrawal does not affect the processing carried out before it.</source>
        <translation>Я вправе в любое время отозвать настоящее согласие письменным уведомлением указанной выше организации, за исключением случаев, когда закон этого не допускает (например, пока принятое мной обязательство не исполнено). Отзыв согласия не влияет на обработку, осуществлённую до него.</translation>
    </message>
    <message>
        <source>This consent is valid from the day it is signed until the purpose of the processing is achieved or until it is withdrawn.</source>
        <translation>Настоящее согласие действует со дня его подписания до достижения цели обработки или до его отзыва.</translation>
    </message>
    <message>
        <source>Person giving consent</source>
        <translation>Лицо, дающее согласие</translation>
    </message>
    <message>
        <source>Consent received by (mediator)</source>
        <translation>Согласие принял (медиатор)</translation>
    </message>
    <message>
        <source>Consent to the collection and processing of personal data</source>
        <translation>Согласие на сбор и обработку персональных данных</translation>
    </message>
    <message>
        <source>Case No. {number}</source>
        <translation>Дело № {number}</translation>
    </message>
    <message>
        <source>In accordance with the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On Personal Data and Their Protection&quot;, I give my consent to the organisation named above to collect and process my personal data on the following terms.</source>
        <translation>В соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите» даю согласие указанной выше организации на сбор и обработку моих персональных данных на следующих условиях.</translation>
    </message>
    <message>
        <source>I have read the terms of this consent; I give it freely, of my own will and in my own interest.</source>
        <translation>С условиями настоящего согласия ознакомлен(-а); даю его свободно, своей волей и в своём интересе.</translation>
    </message>
    <message>
        <source>{city} city</source>
        <translation>город {city}</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Иная сторона</translation>
    </message>
    <message>
        <source>The mediation is conducted in Kazakh.</source>
        <translation>Медиация проводится на казахском языке.</translation>
    </message>
    <message>
        <source>The mediation is conducted in Russian.</source>
        <translation>Медиация проводится на русском языке.</translation>
    </message>
    <message>
        <source>The mediation is conducted in English.</source>
        <translation>Медиация проводится на английском языке.</translation>
    </message>
    <message>
        <source>The mediation is conducted in Uzbek.</source>
        <translation>Медиация проводится на узбекском языке.</translation>
    </message>
    <message>
        <source>The mediation is conducted in Uyghur.</source>
        <translation>Медиация проводится на уйгурском языке.</translation>
    </message>
    <message>
        <source>The mediation is conducted in the language the parties agreed on:</source>
        <translation>Медиация проводится на языке, согласованном сторонами:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Full name or name</source>
        <translation>ФИО или наименование</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>Address, contacts</source>
        <translation>Адрес, контакты</translation>
    </message>
    <message>
        <source>Also taking part in the mediation:</source>
        <translation>В медиации также участвуют:</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Type of mediator</source>
        <translation>Вид медиатора</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>co-mediator</source>
        <translation>ко-медиатор</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>(full name and position of the signatory)</source>
        <translation>(ФИО и должность подписанта)</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <source>(date)</source>
        <translation>(дата)</translation>
    </message>
    <message>
        <source>As a result of the mediation conducted under the mediation agreement of {date}, the parties named below, with the assistance of the mediator, have concluded this agreement in accordance with the Law of the Republic of Kazakhstan &quot;On Mediation&quot;.</source>
        <translation>По результатам медиации, проведённой на основании договора о медиации от {date}, нижеуказанные стороны при содействии медиатора заключили настоящее соглашение в соответствии с Законом Республики Казахстан «О медиации».</translation>
    </message>
    <message>
        <source>Subject of the agreement:</source>
        <translation>Предмет соглашения:</translation>
    </message>
    <message>
        <source>4. Terms of the settlement</source>
        <translation>4. Условия урегулирования спора</translation>
    </message>
    <message>
        <source>The parties have agreed as follows:</source>
        <translation>Стороны договорились о следующем:</translation>
    </message>
    <message>
        <source>The parties jointly</source>
        <translation>Стороны совместно</translation>
    </message>
    <message>
        <source>Who is bound</source>
        <translation>Обязанная сторона</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что должно быть сделано</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>5. Obligations of the parties</source>
        <translation>5. Обязательства сторон</translation>
    </message>
    <message>
        <source>The parties undertake the following obligations:</source>
        <translation>Стороны принимают на себя следующие обязательства:</translation>
    </message>
    <message>
        <source>The parties shall fulfil this agreement voluntarily, in the manner and within the time it sets.</source>
        <translation>Стороны обязуются исполнить настоящее соглашение добровольно, в порядке и в сроки, которые им установлены.</translation>
    </message>
    <message>
        <source>After the due date of each obligation, {unit} will ask the parties whether it has been fulfilled; the parties agree to report on its fulfilment.</source>
        <translation>По истечении срока каждого обязательства {unit} выясняет у сторон, исполнено ли оно; стороны согласны сообщать об исполнении обязательств.</translation>
    </message>
    <message>
        <source>If this agreement is not fulfilled voluntarily, it may be enforced in the simplified (written) procedure established by the civil procedural laws of the Republic of Kazakhstan.</source>
        <translation>В случае неисполнения настоящего соглашения в добровольном порядке оно может быть исполнено принудительно в порядке упрощённого (письменного) производства, установленном гражданским процессуальным законодательством Республики Казахстан.</translation>
    </message>
    <message>
        <source>The parties confirm that they have concluded this agreement voluntarily, that they understand its content and consequences, and that its terms do not violate the rights and lawful interests of third persons.</source>
        <translation>Стороны подтверждают, что заключили настоящее соглашение добровольно, понимают его содержание и последствия и что его условия не нарушают прав и законных интересов третьих лиц.</translation>
    </message>
    <message>
        <source>The parties exchanged the signed copies of this agreement by e-mail.</source>
        <translation>Стороны обменялись подписанными экземплярами настоящего соглашения по электронной почте.</translation>
    </message>
    <message>
        <source>The mediation ends with the signing of this agreement. The agreement takes effect when signed by the parties and is made in copies of equal legal force, one for each party and one for the mediator.</source>
        <translation>С подписанием настоящего соглашения медиация прекращается. Соглашение вступает в силу с момента его подписания сторонами и составлено в экземплярах, имеющих одинаковую юридическую силу, по одному для каждой из сторон и для медиатора.</translation>
    </message>
    <message>
        <source>6. Fulfilment of the agreement</source>
        <translation>6. Исполнение соглашения</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>P&amp;rint documents</source>
        <translation>Пе&amp;чать документов</translation>
    </message>
    <message>
        <source>Documents of this case to print and sign</source>
        <translation>Документы этого дела для печати и подписи</translation>
    </message>
    <message>
        <source>Save the dispute first.</source>
        <translation>Сначала сохраните данные спора.</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>Договор о медиации</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>Record the settlement agreement on the Settlement tab first.</source>
        <translation>Сначала внесите соглашение об урегулировании спора на вкладке «Соглашение».</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>One form for each person among the parties</source>
        <translation>По одному бланку на каждое физическое лицо среди сторон</translation>
    </message>
    <message>
        <source>Only a person gives this consent; add the parties first.</source>
        <translation>Это согласие даёт только физическое лицо; сначала добавьте стороны.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Case {number}, {when}</source>
        <translation>Дело {number}, {when}</translation>
    </message>
    <message>
        <source>A new case not registered yet, {when}</source>
        <translation>Новое, ещё не зарегистрированное дело, {when}</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Tatulyq closed last time before some changes were saved. They were kept as drafts:</source>
        <translation>В прошлый раз программа Tatulyq закрылась до того, как были сохранены некоторые изменения. Они сохранены как черновики:</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <source>Encryption of the database</source>
        <translation>Шифрование базы данных</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Зашифровать базу данных…</translation>
    </message>
    <message>
        <source>The database is on a server: it is protected by the encryption of the server&apos;s disk, which the server&apos;s administrator looks after.</source>
        <translation>База данных находится на сервере: её защищает шифрование диска сервера, за которым следит администратор сервера.</translation>
    </message>
    <message>
        <source>The database is encrypted: without a user&apos;s password or the recovery key its file reads as noise. Its key file: {path}</source>
        <translation>База данных зашифрована: без пароля пользователя или ключа восстановления её файл читается как бессмысленный набор байтов. Файл ключей: {path}</translation>
    </message>
    <message>
        <source>The database is NOT encrypted: whoever takes this computer or a copy of the file can read it. Encrypting it makes a backup first and takes a minute or two for a large database.</source>
        <translation>База данных НЕ зашифрована: любой, кто получит этот компьютер или копию файла, сможет её прочитать. Шифрование сначала создаёт резервную копию и для большой базы занимает минуту-две.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Шифрование базы данных</translation>
    </message>
    <message>
        <source>A backup is made first. Afterwards only you can open the database until you set the other users&apos; passwords (Users). The recovery key is shown once at the end.

Your password:</source>
        <translation>Сначала создаётся резервная копия. После этого открыть базу данных сможете только вы, пока не зададите пароли другим пользователям (раздел «Пользователи»). В конце один раз будет показан ключ восстановления.

Ваш пароль:</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Шифрование базы данных…</translation>
    </message>
    <message>
        <source>The database is encrypted. Only you can open it now: the other users get their access when you set their passwords (Users, New password).</source>
        <translation>База данных зашифрована. Сейчас открыть её можете только вы: другие пользователи получат доступ, когда вы зададите им пароли («Пользователи», «Новый пароль»).</translation>
    </message>
    <message>
        <source>A plain backup was made first: {path}</source>
        <translation>Сначала была создана незашифрованная резервная копия: {path}</translation>
    </message>
    <message>
        <source>These backups are NOT encrypted and anyone can read them; delete them once you have checked the encrypted database:</source>
        <translation>Эти резервные копии НЕ зашифрованы, их может прочитать любой; удалите их, когда проверите зашифрованную базу данных:</translation>
    </message>
</context>
<context>
    <name>ExchangeFindings</name>
    <message>
        <source>Cases in mediation with no session recorded</source>
        <translation>Дела в медиации без записанных встреч</translation>
    </message>
    <message>
        <source>Cases ended or closed in the month with no outcome</source>
        <translation>Дела, завершённые или закрытые в месяце, без результата</translation>
    </message>
    <message>
        <source>Cases with an outcome but no date the mediation ended</source>
        <translation>Дела с результатом, но без даты окончания медиации</translation>
    </message>
    <message>
        <source>Settled cases with no settlement agreement recorded</source>
        <translation>Урегулированные дела без записанного соглашения об урегулировании спора</translation>
    </message>
    <message>
        <source>Cases past their deadline before the month ended, still with no outcome</source>
        <translation>Дела, срок которых истёк до конца месяца, всё ещё без результата</translation>
    </message>
    <message>
        <source>Cases with obligations due in the month still marked pending</source>
        <translation>Дела с обязательствами со сроком в этом месяце, всё ещё отмеченными как ожидающие</translation>
    </message>
</context>
<context>
    <name>ExchangeGrid</name>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не поступило</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Не ожидается</translation>
    </message>
</context>
<context>
    <name>ExchangeKeysPage</name>
    <message>
        <source>Keys for the monthly exchange</source>
        <translation>Ключи для ежемесячного обмена</translation>
    </message>
    <message>
        <source>Optional: this can also be done later on the Exchange page.</source>
        <translation>Необязательно: это можно сделать и позже на странице «Обмен».</translation>
    </message>
    <message>
        <source>The keys sign this unit&apos;s monthly packages to the council; their passphrase (at least {count} characters) is asked each time a package is prepared. Choose one that the unit&apos;s staff who send the packages will remember, different from the password.</source>
        <translation>Ключи подписывают ежемесячные пакеты этого подразделения для совета; их парольная фраза (не менее {count} символов) запрашивается при каждой подготовке пакета. Выберите фразу, которую запомнят сотрудники, отправляющие пакеты, и которая отличается от пароля.</translation>
    </message>
    <message>
        <source>Create the keys for the monthly exchange with the council now</source>
        <translation>Создать сейчас ключи для ежемесячного обмена с советом</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Keys and directory</source>
        <translation>Ключи и справочник</translation>
    </message>
</context>
<context>
    <name>ExchangePassphrase</name>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Парольная фраза должна содержать не меньше {count} символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
</context>
<context>
    <name>ExchangeReceipt</name>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>received, replaces the earlier revision</source>
        <translation>получен, заменил прежнюю редакцию</translation>
    </message>
    <message>
        <source>had been received already</source>
        <translation>уже был получен ранее</translation>
    </message>
    <message>
        <source>received, but a newer package was already there</source>
        <translation>получен, но там уже был более новый пакет</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extend the term</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Количество дней</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation>&amp;Дата продления</translation>
    </message>
    <message>
        <source>The parties &amp;consented to the extension</source>
        <translation>Стороны &amp;согласились на продление</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Почему нужно больше времени</translation>
    </message>
    <message>
        <source>The new deadline: {date}.</source>
        <translation>Новое окончание срока: {date}.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the register</source>
        <translation>Выберите реестр</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one case on each row, as the centre kept it.</source>
        <translation>Книга Excel (.xlsx) или файл CSV в том виде, в каком его вёл центр: по одному делу в строке.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Прочитать</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>&amp;Отменить последний импорт</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Реестры (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the file, then press Read.</source>
        <translation>Выберите файл и нажмите «Прочитать».</translation>
    </message>
    <message>
        <source>No header row was found; the columns are named by their letters.</source>
        <translation>Строка заголовков не найдена: столбцы названы буквами.</translation>
    </message>
    <message>
        <source>The header is on row {row}.</source>
        <translation>Заголовок — в строке {row}.</translation>
    </message>
    <message>
        <source>The header is on rows {first}–{last}.</source>
        <translation>Заголовок — в строках {first}–{last}.</translation>
    </message>
    <message>
        <source>{header} Rows of data: {count}. The first of them:</source>
        <translation>{header} Строк с данными: {count}. Первые из них:</translation>
    </message>
    <message>
        <source>No import to undo.</source>
        <translation>Нет импорта, который можно отменить.</translation>
    </message>
    <message>
        <source>The last import: {file}, {when}, cases added: {count}.</source>
        <translation>Последний импорт: {file}, {when}, добавлено дел: {count}.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Remove the {count} cases imported from {file}? This cannot be taken back.</source>
        <translation>Удалить дела, импортированные из файла {file} ({count})? Вернуть их будет нельзя.</translation>
    </message>
    <message>
        <source>The import was undone: {count} cases removed.</source>
        <translation>Импорт отменён: удалено дел — {count}.</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Fingerprint read out over the phone</source>
        <translation>Отпечаток, продиктованный по телефону</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Отпечаток:</translation>
    </message>
    <message>
        <source>A fingerprint is 24 digits in six groups of four. Check what you typed.</source>
        <translation>Отпечаток — это 24 цифры, шесть групп по четыре. Проверьте, что вы ввели.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Shown only now. Print it or save it, then keep it locked away.</source>
        <translation>Показывается только сейчас. Распечатайте или сохраните его и храните под замком.</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it, and its backups, when the password is forgotten or the key file is lost. Whoever holds it can read the database: keep the paper or the USB stick locked away from the computer.</source>
        <translation>База данных зашифрована. Этот ключ восстановления открывает её и её резервные копии, если пароль забыт или файл ключей потерян. Любой, у кого есть ключ, может прочитать базу данных: храните лист или флешку под замком отдельно от компьютера.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Tatulyq is set up.</source>
        <translation>Tatulyq настроен.</translation>
    </message>
    <message>
        <source>Press Finish, then sign in with the user name and password just chosen.</source>
        <translation>Нажмите «Готово» и войдите с только что выбранными именем пользователя и паролем.</translation>
    </message>
    <message>
        <source>Making the practice database…</source>
        <translation>Создаётся учебная база данных…</translation>
    </message>
    <message>
        <source>The practice database was not made; the real one is set up and ready.</source>
        <translation>Учебная база данных не создана; рабочая база настроена и готова.</translation>
    </message>
    <message>
        <source>The practice database is ready: {folder}. To practise, start Tatulyq with the shortcut “Tatulyq (practice)”, or with --data-dir &quot;{folder}&quot;.</source>
        <translation>Учебная база данных готова: {folder}. Чтобы потренироваться, запустите Tatulyq ярлыком «Tatulyq (учебная база)» или с параметром --data-dir &quot;{folder}&quot;.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of the settlement agreement</source>
        <translation>Контроль исполнения соглашения об урегулировании спора</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Дата проверки</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up</source>
        <translation>Сл&amp;едующая проверка</translation>
    </message>
    <message>
        <source>planned for</source>
        <translation>запланирована на</translation>
    </message>
    <message>
        <source>What the follow-up found about each obligation:</source>
        <translation>Результат проверки по каждому обязательству:</translation>
    </message>
    <message>
        <source>{number}. {what} ({who}, by {date})</source>
        <translation>{number}. {what} ({who}, до {date})</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>intake date</source>
        <translation>дата приёма</translation>
    </message>
    <message>
        <source>how it came</source>
        <translation>источник обращения</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>legal area</source>
        <translation>правовая сфера</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>inter-ethnic dimension</source>
        <translation>межэтнический характер</translation>
    </message>
    <message>
        <source>group dispute</source>
        <translation>групповой спор</translation>
    </message>
    <message>
        <source>minors involved</source>
        <translation>участие несовершеннолетних</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>повторный спор</translation>
    </message>
    <message>
        <source>risk of escalation</source>
        <translation>риск обострения</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>reason for refusal</source>
        <translation>причина отказа</translation>
    </message>
    <message>
        <source>note on the refusal</source>
        <translation>примечание к отказу</translation>
    </message>
    <message>
        <source>proposal to mediate sent on</source>
        <translation>дата предложения о медиации</translation>
    </message>
    <message>
        <source>mediation agreement signed on</source>
        <translation>дата подписания договора о медиации</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>why it ended</source>
        <translation>основание завершения</translation>
    </message>
    <message>
        <source>note on the ending</source>
        <translation>примечание к завершению</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>дата завершения</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>дата закрытия</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>возрастная группа</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>национальность</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>количество человек</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <source>length in minutes</source>
        <translation>продолжительность (мин)</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>медиатор</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>released on</source>
        <translation>дата снятия с дела</translation>
    </message>
    <message>
        <source>lead mediator</source>
        <translation>ведущий медиатор</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>дата проверки</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>предмет</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>условия</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>дата подписания</translation>
    </message>
    <message>
        <source>next follow-up</source>
        <translation>следующий контроль исполнения</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>name shown</source>
        <translation>отображаемое имя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>account switched on</source>
        <translation>учётная запись включена</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>неверных паролей подряд</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>заблокирована до</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>последний вход</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>mediator&apos;s training</source>
        <translation>обучение медиатора</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>import from a register</source>
        <translation>импорт из реестра</translation>
    </message>
    <message>
        <source>extension of the term</source>
        <translation>продление срока</translation>
    </message>
    <message>
        <source>session attendee</source>
        <translation>участник встречи</translation>
    </message>
    <message>
        <source>{when}, {actor}: {text}</source>
        <translation>{when}, {actor}: {text}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>registered the case {number}</source>
        <translation>зарегистрировано дело {number}</translation>
    </message>
    <message>
        <source>added the party {name}</source>
        <translation>добавлена сторона {name}</translation>
    </message>
    <message>
        <source>added a party without personal data (no consent)</source>
        <translation>добавлена сторона без персональных данных (нет согласия)</translation>
    </message>
    <message>
        <source>put a party on the case as {role}</source>
        <translation>сторона добавлена в дело, роль: {role}</translation>
    </message>
    <message>
        <source>{mediator} declared a conflict of interest: {note}</source>
        <translation>заявление медиатора о конфликте интересов ({mediator}): {note}</translation>
    </message>
    <message>
        <source>{mediator} declared that nothing prevents impartiality</source>
        <translation>заявление медиатора об отсутствии препятствий к беспристрастности ({mediator})</translation>
    </message>
    <message>
        <source>assigned {mediator} as lead mediator from {date}</source>
        <translation>назначение ведущего медиатора с {date}: {mediator}</translation>
    </message>
    <message>
        <source>assigned {mediator} as co-mediator from {date}</source>
        <translation>назначение ко-медиатора с {date}: {mediator}</translation>
    </message>
    <message>
        <source>extended the term by {days} days: {reason}</source>
        <translation>срок продлён на {days} дн.: {reason}</translation>
    </message>
    <message>
        <source>logged a session on {date} ({kind})</source>
        <translation>записана встреча {date} ({kind})</translation>
    </message>
    <message>
        <source>recorded the settlement agreement of {date}: {subject}</source>
        <translation>внесено соглашение об урегулировании спора от {date}: {subject}</translation>
    </message>
    <message>
        <source>recorded an obligation: {what}, due {date}</source>
        <translation>внесено обязательство: {what}, срок исполнения — {date}</translation>
    </message>
    <message>
        <source>recorded a follow-up on {date} ({method})</source>
        <translation>внесена запись о контроле исполнения {date} ({method})</translation>
    </message>
    <message>
        <source>recorded a party&apos;s feedback</source>
        <translation>внесён отзыв стороны</translation>
    </message>
    <message>
        <source>added a record ({entity})</source>
        <translation>добавлена запись ({entity})</translation>
    </message>
    <message>
        <source>changed {change}</source>
        <translation>изменено: {change}</translation>
    </message>
    <message>
        <source>changed a party&apos;s details: {changes}</source>
        <translation>изменены данные стороны: {changes}</translation>
    </message>
    <message>
        <source>changed a mediator&apos;s assignment: {changes}</source>
        <translation>изменено назначение медиатора: {changes}</translation>
    </message>
    <message>
        <source>changed a session: {changes}</source>
        <translation>изменена встреча: {changes}</translation>
    </message>
    <message>
        <source>changed the settlement agreement: {changes}</source>
        <translation>изменено соглашение об урегулировании спора: {changes}</translation>
    </message>
    <message>
        <source>checked an obligation: {changes}</source>
        <translation>проверено исполнение обязательства: {changes}</translation>
    </message>
    <message>
        <source>changed a follow-up: {changes}</source>
        <translation>изменена запись о контроле исполнения: {changes}</translation>
    </message>
    <message>
        <source>changed a record: {changes}</source>
        <translation>изменена запись: {changes}</translation>
    </message>
    <message>
        <source>took a party off the case ({role})</source>
        <translation>сторона исключена из дела ({role})</translation>
    </message>
    <message>
        <source>deleted the session of {date}</source>
        <translation>удалена встреча {date}</translation>
    </message>
    <message>
        <source>deleted a record ({entity})</source>
        <translation>удалена запись ({entity})</translation>
    </message>
    <message>
        <source>the mediation agreement</source>
        <translation>договор о медиации</translation>
    </message>
    <message>
        <source>the settlement agreement</source>
        <translation>соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>the consent to personal data processing</source>
        <translation>согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском языке</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском языке</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>на английском языке</translation>
    </message>
    <message>
        <source>printed {document} {language}</source>
        <translation>распечатан документ: {document} {language}</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>opened the case with its parties&apos; personal data</source>
        <translation>открыто дело с персональными данными сторон</translation>
    </message>
    <message>
        <source>opened a party&apos;s details, contacts included</source>
        <translation>открыты данные стороны, включая контакты</translation>
    </message>
    <message>
        <source>showed the case with its parties&apos; personal data on the command line</source>
        <translation>дело с персональными данными сторон показано в командной строке</translation>
    </message>
    <message>
        <source>exported the audit trail to a file</source>
        <translation>журнал аудита экспортирован в файл</translation>
    </message>
    <message>
        <source>opened personal data</source>
        <translation>открыты персональные данные</translation>
    </message>
    <message>
        <source>de-identified the case: closed more than {years} years ago</source>
        <translation>дело обезличено: закрыто более {years} лет назад</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Every change to this case is kept: who, when, what was before and after.</source>
        <translation>Каждое изменение этого дела сохраняется: кто, когда, что было до и что стало после.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Today, {date} — {name}</source>
        <translation>Сегодня {date} — {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No sessions today, no case past its term and no obligation falling due.</source>
        <translation>Сегодня нет встреч, нет дел с истёкшим сроком и нет обязательств к исполнению.</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open its case.</source>
        <translation>Чтобы открыть дело, дважды щёлкните строку или нажмите Enter.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть дело.</translation>
    </message>
    <message>
        <source>Sessions today ({count})</source>
        <translation>Встречи сегодня ({count})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>time not set</source>
        <translation>время не назначено</translation>
    </message>
    <message>
        <source>No session is planned for today.</source>
        <translation>На сегодня встреч не запланировано.</translation>
    </message>
    <message>
        <source>Cases past the term ({count})</source>
        <translation>Дела с истёкшим сроком ({count})</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>No case in mediation is past its term.</source>
        <translation>Ни у одного дела в медиации срок не истёк.</translation>
    </message>
    <message>
        <source>Obligations due within {days} days or overdue ({count})</source>
        <translation>Обязательства со сроком в ближайшие {days} дн. или просроченные ({count})</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>No obligation of a settlement agreement falls due in the next {days} days.</source>
        <translation>В ближайшие {days} дн. нет обязательств по соглашениям об урегулировании спора.</translation>
    </message>
    <message>
        <source>This month so far: {start} – {end}</source>
        <translation>Этот месяц на сегодня: {start} – {end}</translation>
    </message>
    <message>
        <source>cases received</source>
        <translation>принято дел</translation>
    </message>
    <message>
        <source>mediations ended</source>
        <translation>завершено медиаций</translation>
    </message>
    <message>
        <source>of them settled</source>
        <translation>из них урегулировано</translation>
    </message>
    <message>
        <source>cases open now</source>
        <translation>открытых дел сейчас</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>консультаций</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>проведено встреч</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>{count} of 12 digits</source>
        <translation>{count} из 12 цифр</translation>
    </message>
    <message>
        <source>Born {date}, female</source>
        <translation>Дата рождения: {date}, пол женский</translation>
    </message>
    <message>
        <source>Born {date}, male</source>
        <translation>Дата рождения: {date}, пол мужской</translation>
    </message>
    <message>
        <source>Registered in {month}.{year}</source>
        <translation>Дата регистрации: {month}.{year}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Дата приёма обращения</translation>
    </message>
    <message>
        <source>How the dispute came</source>
        <translation>Источник обращения</translation>
    </message>
    <message>
        <source>Category of the dispute</source>
        <translation>Категория спора</translation>
    </message>
    <message>
        <source>What the dispute is about</source>
        <translation>Суть спора</translation>
    </message>
    <message>
        <source>Language of the mediation</source>
        <translation>Язык медиации</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Межэтнический характер</translation>
    </message>
    <message>
        <source>Group dispute</source>
        <translation>Групповой спор</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Участвуют несовершеннолетние</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>Риск обострения</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN or BIN</source>
        <translation>ИИН/БИН заявителя</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Ответчик</translation>
    </message>
    <message>
        <source>Respondent&apos;s IIN or BIN</source>
        <translation>ИИН/БИН ответчика</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Stage of the case</source>
        <translation>Этап дела</translation>
    </message>
    <message>
        <source>Ground for refusal at intake</source>
        <translation>Основание отказа в приёме</translation>
    </message>
    <message>
        <source>Date of the mediation agreement</source>
        <translation>Дата договора о медиации</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Ground for ending the mediation</source>
        <translation>Основание прекращения медиации</translation>
    </message>
    <message>
        <source>Date the mediation ended</source>
        <translation>Дата окончания медиации</translation>
    </message>
    <message>
        <source>Date the case was closed</source>
        <translation>Дата закрытия дела</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Packages and receipts to import</source>
        <translation>Пакеты и квитанции для импорта</translation>
    </message>
    <message>
        <source>Choose the packages the units below sent (.tqp files), or the receipts your council sent back (.receipt.json). Each file is imported whole or not at all; the same file twice changes nothing.</source>
        <translation>Выберите пакеты, присланные подчинёнными подразделениями (файлы .tqp), или квитанции, которые вернул ваш совет (.receipt.json). Каждый файл импортируется целиком или не импортируется вовсе; повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop after the file being imported now</source>
        <translation>Остановить после файла, который импортируется сейчас</translation>
    </message>
    <message>
        <source>Result for each file</source>
        <translation>Результат по каждому файлу</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Set aside in</source>
        <translation>Отложен в</translation>
    </message>
    <message>
        <source>Nothing imported yet in this session. Press Import files… and choose one or more files; the result for each file appears here.</source>
        <translation>В этом сеансе ещё ничего не импортировано. Нажмите «Импортировать файлы…» и выберите один или несколько файлов; результат по каждому файлу появится здесь.</translation>
    </message>
    <message>
        <source>Imported: {cases} case rows.</source>
        <translation>Импортировано: строк дел — {cases}.</translation>
    </message>
    <message>
        <source>Imported: {cases} case rows. They replace the package for {month}, revision {revision}.</source>
        <translation>Импортировано: строк дел — {cases}. Они заменяют пакет за {month}, редакция {revision}.</translation>
    </message>
    <message>
        <source>Ignored: revision {revision} is not newer than revision {held} already here; nothing changed.</source>
        <translation>Пропущено: редакция {revision} не новее уже имеющейся редакции {held}; ничего не изменено.</translation>
    </message>
    <message>
        <source>Recorded as received, but {month} of this unit is already here and newer: the rows of this package were not applied.</source>
        <translation>Отмечен как полученный, но здесь уже есть более новый месяц этого подразделения ({month}): строки этого пакета не внесены.</translation>
    </message>
    <message>
        <source>Receipt from {council}: {status}.</source>
        <translation>Квитанция от {council}: пакет {status}.</translation>
    </message>
    <message>
        <source>Already imported earlier; nothing changed.</source>
        <translation>Уже импортирован ранее; ничего не изменено.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
    <message>
        <source>Packages or receipts to import</source>
        <translation>Пакеты или квитанции для импорта</translation>
    </message>
    <message>
        <source>Packages and receipts (*.tqp *.receipt.json);;All files (*)</source>
        <translation>Пакеты и квитанции (*.tqp *.receipt.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys to open the packages sent to this unit.</source>
        <translation>Введите парольную фразу ключей обмена, чтобы открыть пакеты, присланные этому подразделению.</translation>
    </message>
    <message>
        <source>Opening the keys…</source>
        <translation>Открываются ключи…</translation>
    </message>
    <message>
        <source>Importing {name} ({done} of {total})…</source>
        <translation>Импортируется {name} ({done} из {total})…</translation>
    </message>
    <message>
        <source>Stopping after the file being imported now…</source>
        <translation>Остановка после текущего файла…</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Already in the register as</source>
        <translation>Дело в программе</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Совпадение по</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>строка {row} этого файла</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>номеру дела</translation>
    </message>
    <message>
        <source>date, parties and category</source>
        <translation>дате, сторонам и категории</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a register from Excel</source>
        <translation>Импорт реестра из Excel</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s exchange keys</source>
        <translation>Ключи обмена этой установки</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>&amp;Создать ключи…</translation>
    </message>
    <message>
        <source>&amp;Save public key file…</source>
        <translation>&amp;Сохранить файл открытого ключа…</translation>
    </message>
    <message>
        <source>Write the public part of the keys (.tqk) to send to your council; it is not secret</source>
        <translation>Записать открытую часть ключей (.tqk), чтобы отправить её в совет; она не секретна</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>&amp;Копировать отпечаток</translation>
    </message>
    <message>
        <source>Directory of units</source>
        <translation>Справочник подразделений</translation>
    </message>
    <message>
        <source>&amp;Install directory file…</source>
        <translation>&amp;Установить файл справочника…</translation>
    </message>
    <message>
        <source>Install the directory of units (.tqd) the republican council sent</source>
        <translation>Установить справочник подразделений (.tqd), присланный республиканским советом</translation>
    </message>
    <message>
        <source>At the republican council</source>
        <translation>В республиканском совете</translation>
    </message>
    <message>
        <source>A unit&apos;s key goes into the directory once the fingerprint the unit reads out over the phone matches its key file. Publish a new version of the directory after adding keys and send the file to every council.</source>
        <translation>Ключ подразделения попадает в справочник, только когда отпечаток, продиктованный подразделением по телефону, совпадает с его файлом ключа. После добавления ключей опубликуйте новую версию справочника и отправьте файл всем советам.</translation>
    </message>
    <message>
        <source>&amp;Add a unit&apos;s key…</source>
        <translation>&amp;Добавить ключ подразделения…</translation>
    </message>
    <message>
        <source>&amp;Publish directory…</source>
        <translation>&amp;Опубликовать справочник…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>This installation has no exchange keys yet. Without them no package can be prepared or opened. Create them, then read the fingerprint out to your council over the phone.</source>
        <translation>У этой установки ещё нет ключей обмена. Без них нельзя ни подготовить, ни открыть пакет. Создайте их, затем продиктуйте отпечаток своему совету по телефону.</translation>
    </message>
    <message>
        <source>Read this fingerprint out to your council over the phone, in groups of four digits, when you send the public key file. Unit {unit}.</source>
        <translation>Отправив файл открытого ключа, продиктуйте этот отпечаток своему совету по телефону, группами по четыре цифры. Подразделение: {unit}.</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Идентификатор ключа: {key_id}</translation>
    </message>
    <message>
        <source>No directory of units is installed yet. Install the file the republican council sends (.tqd); the first time you will be asked the fingerprint of the republican council&apos;s key, read out to you over the phone.</source>
        <translation>Справочник подразделений ещё не установлен. Установите файл, который присылает республиканский совет (.tqd); при первой установке будет запрошен отпечаток ключа республиканского совета, продиктованный вам по телефону.</translation>
    </message>
    <message>
        <source>Version {version} is in force, installed on {when} by {who}.</source>
        <translation>Действует версия {version}, установлена {when}, установил(а): {who}.</translation>
    </message>
    <message>
        <source>The keys were made. Save the public key file and send it to your council.</source>
        <translation>Ключи созданы. Сохраните файл открытого ключа и отправьте его в свой совет.</translation>
    </message>
    <message>
        <source>Folder for the public key file</source>
        <translation>Папка для файла открытого ключа</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Directory file from the republican council</source>
        <translation>Файл справочника от республиканского совета</translation>
    </message>
    <message>
        <source>Directory of units (*.tqd);;All files (*)</source>
        <translation>Справочник подразделений (*.tqd);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This is the first directory of units installed here. Type the fingerprint of the republican council&apos;s key, as it was read out to you over the phone.</source>
        <translation>Это первый справочник подразделений, устанавливаемый здесь. Введите отпечаток ключа республиканского совета так, как вам его продиктовали по телефону.</translation>
    </message>
    <message>
        <source>Version {version} installed; it lists {count} units.</source>
        <translation>Установлена версия {version}; подразделений в ней — {count}.</translation>
    </message>
    <message>
        <source>Public key file of a unit</source>
        <translation>Файл открытого ключа подразделения</translation>
    </message>
    <message>
        <source>Public key files (*.tqk);;All files (*)</source>
        <translation>Файлы открытых ключей (*.tqk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The key file is of unit {unit} (key id {key_id}). Ask the unit to read out its fingerprint over the phone and type it here; the key is added only if every digit matches.</source>
        <translation>Это файл ключа подразделения {unit} (идентификатор ключа {key_id}). Попросите подразделение продиктовать отпечаток по телефону и введите его здесь; ключ будет добавлен, только если совпадут все цифры.</translation>
    </message>
    <message>
        <source>The key of {unit} was added. Publish the directory to send it to everyone.</source>
        <translation>Ключ {unit} добавлен. Опубликуйте справочник, чтобы разослать его всем.</translation>
    </message>
    <message>
        <source>Folder for the directory file</source>
        <translation>Папка для файла справочника</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys to sign the directory of units.</source>
        <translation>Введите парольную фразу ключей обмена, чтобы подписать справочник подразделений.</translation>
    </message>
    <message>
        <source>Published: {path}. Send this file to every council.</source>
        <translation>Опубликовано: {path}. Отправьте этот файл всем советам.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Republican mediation council</source>
        <translation>Республиканский совет медиации</translation>
    </message>
    <message>
        <source>Regional mediation council</source>
        <translation>Региональный совет медиации</translation>
    </message>
    <message>
        <source>Mediation centre</source>
        <translation>Центр медиации</translation>
    </message>
    <message>
        <source>House of Friendship</source>
        <translation>Дом дружбы</translation>
    </message>
    <message>
        <source>District assembly</source>
        <translation>Районная ассамблея</translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation>Профессиональный медиатор</translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation>Общественный медиатор</translation>
    </message>
    <message>
        <source>Ethnomediator</source>
        <translation>Этномедиатор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Head of centre</source>
        <translation>Руководитель центра</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Приём обращения</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Отказано при приёме</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>Медиация</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Самостоятельное обращение</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Ethnocultural association</source>
        <translation>Этнокультурное объединение</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейный</translation>
    </message>
    <message>
        <source>Neighbours and household</source>
        <translation>Соседский и бытовой</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Трудовой</translation>
    </message>
    <message>
        <source>Property and land</source>
        <translation>Имущественный и земельный</translation>
    </message>
    <message>
        <source>Debt and consumer</source>
        <translation>Долговой и потребительский</translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation>Жилищно-коммунальный</translation>
    </message>
    <message>
        <source>School and youth</source>
        <translation>Школьный и молодёжный</translation>
    </message>
    <message>
        <source>Citizen and local authority</source>
        <translation>Гражданин и местная власть</translation>
    </message>
    <message>
        <source>Religious or interfaith</source>
        <translation>Религиозный или межконфессиональный</translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation>Общественный или групповой</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>Другой спор</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Гражданское право</translation>
    </message>
    <message>
        <source>Labour law</source>
        <translation>Трудовое право</translation>
    </message>
    <message>
        <source>Family law</source>
        <translation>Семейное право</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Административное право</translation>
    </message>
    <message>
        <source>Administrative offence</source>
        <translation>Административное правонарушение</translation>
    </message>
    <message>
        <source>Minor or medium crime</source>
        <translation>Преступление небольшой или средней тяжести</translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation>Исполнительное производство</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Touches the rights of third persons</source>
        <translation>Затрагивает права третьих лиц</translation>
    </message>
    <message>
        <source>A party is declared incapable by a court</source>
        <translation>Сторона признана судом недееспособной</translation>
    </message>
    <message>
        <source>Corruption crime</source>
        <translation>Коррупционное преступление</translation>
    </message>
    <message>
        <source>Crime against the public service</source>
        <translation>Преступление против интересов государственной службы</translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation>Урегулировано полностью</translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation>Урегулировано частично</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Не урегулировано</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Referred to a state body or court</source>
        <translation>Направлено в государственный орган или суд</translation>
    </message>
    <message>
        <source>Settlement agreement signed</source>
        <translation>Подписано соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>A party refused in writing</source>
        <translation>Письменный отказ стороны</translation>
    </message>
    <message>
        <source>A party withdrew</source>
        <translation>Сторона вышла из медиации</translation>
    </message>
    <message>
        <source>A party did not appear</source>
        <translation>Сторона не явилась</translation>
    </message>
    <message>
        <source>The mediator found further effort futile</source>
        <translation>Отказ медиатора: дальнейшая медиация бесперспективна</translation>
    </message>
    <message>
        <source>The term ran out</source>
        <translation>Истёк срок медиации</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлено в другую организацию</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Иные основания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Группа людей</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
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
        <translation>60 и старше</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Ответчик</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation>Другой участник</translation>
    </message>
    <message>
        <source>Joint session</source>
        <translation>Совместная встреча</translation>
    </message>
    <message>
        <source>Separate session</source>
        <translation>Раздельная встреча</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Исполнено частично</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Личная встреча</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Другой способ</translation>
    </message>
    <message>
        <source>Resolved at consultation</source>
        <translation>Решено на консультации</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Даны разъяснения</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Направлено на медиацию</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of the program&apos;s windows on this computer.</source>
        <translation>Язык окон программы на этом компьютере.</translation>
    </message>
    <message>
        <source>Welcome to Tatulyq. Five short steps set it up on this computer: the language, the unit, the administrator, the exchange keys and a practice database; then the recovery key is shown, to print or save. The language can be changed later in Settings.</source>
        <translation>Добро пожаловать в Tatulyq! Пять коротких шагов настроят его на этом компьютере: язык, подразделение, администратор, ключи обмена и учебная база данных; затем будет показан ключ восстановления, чтобы распечатать или сохранить его. Язык можно изменить позже в «Настройках».</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Tatulyq is locked</source>
        <translation>Tatulyq заблокирован</translation>
    </message>
    <message>
        <source>The program locked itself after {minutes} min without use.</source>
        <translation>Программа заблокировалась после {minutes} мин бездействия.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({username}). Type the password to go on.</source>
        <translation>В системе: {name} ({username}). Чтобы продолжить, введите пароль.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Close the program; unsaved typing is kept as a draft for this user&apos;s next sign-in</source>
        <translation>Закрыть программу; несохранённый текст останется черновиком до следующего входа этого пользователя</translation>
    </message>
    <message>
        <source>Only the user who is signed in can unlock.</source>
        <translation>Разблокировать может только пользователь, который вошёл в систему.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Tatulyq: sign in</source>
        <translation>Tatulyq: вход</translation>
    </message>
    <message>
        <source>Sign in to the case desk</source>
        <translation>Вход в систему учёта дел</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery key</source>
        <translation>Забыли пароль? Воспользуйтесь ключом восстановления</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your role works with figures only: cases are not opened from it.</source>
        <translation>Ваша роль работает только с цифрами: дела из неё не открываются.</translation>
    </message>
    <message>
        <source>Tatulyq — {unit}</source>
        <translation>Tatulyq — {unit}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Подразделение: {unit}</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <source>New mediator</source>
        <translation>Новый медиатор</translation>
    </message>
    <message>
        <source>Mediator: {name}</source>
        <translation>Медиатор: {name}</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Номер в &amp;реестре</translation>
    </message>
    <message>
        <source>Elected or &amp;certified on</source>
        <translation>&amp;Дата избрания / сертификата</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>Tick when the date of election or of the certificate is known</source>
        <translation>Отметьте, если дата избрания или выдачи сертификата известна</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <source>Lan&amp;guages of mediation</source>
        <translation>&amp;Языки медиации</translation>
    </message>
    <message>
        <source>&amp;Specialisations (dispute categories)</source>
        <translation>&amp;Специализации (категории споров)</translation>
    </message>
    <message>
        <source>Space ticks or clears the chosen line</source>
        <translation>Пробел ставит или снимает отметку в выбранной строке</translation>
    </message>
    <message>
        <source>&amp;Trainings completed</source>
        <translation>Пройденное о&amp;бучение</translation>
    </message>
    <message>
        <source>None recorded yet. Press “Add training…” to record a completed course.</source>
        <translation>Пока ничего не записано. Нажмите «Добавить обучение…», чтобы записать пройденный курс.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>&amp;Add training…</source>
        <translation>Доб&amp;авить обучение…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Removes a training added in this window, before it is saved</source>
        <translation>Удаляет обучение, добавленное в этом окне, пока оно не сохранено</translation>
    </message>
    <message>
        <source>Save the mediator (Enter)</source>
        <translation>Сохранить медиатора (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Required for a professional mediator</source>
        <translation>Обязательно для профессионального медиатора</translation>
    </message>
    <message>
        <source>Number on the akimat&apos;s register, if any</source>
        <translation>Номер в реестре акимата, если есть</translation>
    </message>
    <message>
        <source>New: saved together with the mediator</source>
        <translation>Новое: сохранится вместе с медиатором</translation>
    </message>
    <message>
        <source>Unsaved mediator</source>
        <translation>Медиатор не сохранён</translation>
    </message>
    <message>
        <source>Close without saving what you entered?</source>
        <translation>Закрыть без сохранения введённых данных?</translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <source>Choose a mediator in the list to see their trainings and open cases.</source>
        <translation>Выберите медиатора в списке, чтобы увидеть его обучение и открытые дела.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>Elected or certified on</source>
        <translation>Дата избрания / сертификата</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Specialisations</source>
        <translation>Специализации</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть дело</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Курс обучения</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (неактивный)</translation>
    </message>
    <message>
        <source>Open cases: {count}</source>
        <translation>Открытых дел: {count}</translation>
    </message>
    <message>
        <source>Open cases: none</source>
        <translation>Открытых дел нет</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>Ведущий медиатор</translation>
    </message>
    <message>
        <source>Co-mediator</source>
        <translation>Ко-медиатор</translation>
    </message>
    <message>
        <source>Trainings: {count}</source>
        <translation>Курсов обучения: {count}</translation>
    </message>
    <message>
        <source>Trainings: none recorded</source>
        <translation>Обучение: не записано</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Specialisations</source>
        <translation>Специализации</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>Mediators</source>
        <translation>Медиаторы</translation>
    </message>
    <message>
        <source>Find by name, register number or phone (Ctrl+F)</source>
        <translation>Поиск по ФИО, номеру в реестре или телефону (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Показать &amp;неактивных</translation>
    </message>
    <message>
        <source>Also list mediators taken off the active register</source>
        <translation>Показывать также медиаторов, выведенных из активного реестра</translation>
    </message>
    <message>
        <source>&amp;Add mediator</source>
        <translation>&amp;Добавить медиатора</translation>
    </message>
    <message>
        <source>Add a mediator to the register (Ctrl+N)</source>
        <translation>Внести медиатора в реестр (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Edit the chosen mediator (Enter)</source>
        <translation>Изменить данные выбранного медиатора (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Вернуть в &amp;реестр</translation>
    </message>
    <message>
        <source>Put the chosen mediator back on the active register</source>
        <translation>Вернуть выбранного медиатора в активный реестр</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Вывести из реестра</translation>
    </message>
    <message>
        <source>Take the chosen mediator off the active register (only without open cases)</source>
        <translation>Вывести выбранного медиатора из активного реестра (только если у него нет открытых дел)</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Показано: {shown} из {total}</translation>
    </message>
    <message>
        <source>No mediators are registered for this unit yet.</source>
        <translation>В этом подразделении пока нет зарегистрированных медиаторов.</translation>
    </message>
    <message>
        <source>No active mediators yet. Press Ctrl+N to add the first one to the register.</source>
        <translation>Активных медиаторов пока нет. Нажмите Ctrl+N, чтобы внести первого медиатора в реестр.</translation>
    </message>
    <message>
        <source>No mediator matches “{text}”. Clear the search to see them all.</source>
        <translation>По запросу «{text}» медиаторы не найдены. Очистите поле поиска, чтобы увидеть всех.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <source>{name} is on the active register again.</source>
        <translation>{name} снова в активном реестре.</translation>
    </message>
    <message>
        <source>{name} is no longer on the active register.</source>
        <translation>{name} больше не числится в активном реестре.</translation>
    </message>
    <message>
        <source>{name} is no longer on the active register. Tick “Show inactive” to see or reactivate them.</source>
        <translation>{name} больше не числится в активном реестре. Отметьте «Показать неактивных», чтобы увидеть выведенных медиаторов или вернуть их в реестр.</translation>
    </message>
</context>
<context>
    <name>MediatorsTab</name>
    <message>
        <source>Before taking the case each mediator declares whether anything prevents their impartiality; a mediator with a conflict of interest must decline.</source>
        <translation>Прежде чем взять дело, каждый медиатор заявляет, есть ли препятствия для его беспристрастности; медиатор с конфликтом интересов должен отказаться от дела.</translation>
    </message>
    <message>
        <source>&amp;Assign a mediator…</source>
        <translation>&amp;Назначить медиатора…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Снять с дела…</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Снят с дела</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Conflict of interest declared {when}</source>
        <translation>Конфликт интересов заявлен {when}</translation>
    </message>
    <message>
        <source>No conflict, declared {when}</source>
        <translation>Конфликта интересов нет, заявлено {when}</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Co-mediator</source>
        <translation>Ко-медиатор</translation>
    </message>
    <message>
        <source>No mediator yet. Press “Assign a mediator…”.</source>
        <translation>Медиатор ещё не назначен. Нажмите «Назначить медиатора…».</translation>
    </message>
    <message>
        <source>The head of the centre assigns and releases mediators.</source>
        <translation>Медиаторов назначает и снимает с дела руководитель центра.</translation>
    </message>
    <message>
        <source>Release a mediator</source>
        <translation>Снять медиатора с дела</translation>
    </message>
    <message>
        <source>Released &amp;on</source>
        <translation>&amp;Дата снятия</translation>
    </message>
    <message>
        <source>{name} stops mediating this case. Sessions already logged stay theirs.</source>
        <translation>{name} прекращает участие в медиации по этому делу. Уже записанные встречи остаются за этим медиатором.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{label} must be filled in.</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <source>{label} ({value}) cannot be later than today. Please check the date.</source>
        <translation>{label} ({value}) не может быть позже сегодняшнего дня. Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>{label} ({value}) cannot be earlier than {earliest}. Please check the date.</source>
        <translation>{label} ({value}) не может быть раньше {earliest}. Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>{label} must be a number from {low} to {high}.</source>
        <translation>{label}: укажите число от {low} до {high}.</translation>
    </message>
    <message>
        <source>The category of the dispute</source>
        <translation>Категория спора</translation>
    </message>
    <message>
        <source>How the dispute came to us</source>
        <translation>Источник обращения</translation>
    </message>
    <message>
        <source>The intake date</source>
        <translation>Дата приёма обращения</translation>
    </message>
    <message>
        <source>The date of the proposal to mediate</source>
        <translation>Дата предложения о медиации</translation>
    </message>
    <message>
        <source>The date of the mediation agreement</source>
        <translation>Дата договора о медиации</translation>
    </message>
    <message>
        <source>The date the mediation ended</source>
        <translation>Дата завершения медиации</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>Дата закрытия дела</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>Причина продления срока</translation>
    </message>
    <message>
        <source>The length of the extension in days</source>
        <translation>Срок продления в днях</translation>
    </message>
    <message>
        <source>The date of the extension</source>
        <translation>Дата продления срока</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>The name of the organisation or group</source>
        <translation>Наименование организации или группы</translation>
    </message>
    <message>
        <source>The date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>The number of people in the group</source>
        <translation>Количество человек в группе</translation>
    </message>
    <message>
        <source>The mediator&apos;s last name</source>
        <translation>Фамилия медиатора</translation>
    </message>
    <message>
        <source>The mediator&apos;s first name</source>
        <translation>Имя медиатора</translation>
    </message>
    <message>
        <source>A professional mediator&apos;s register number</source>
        <translation>Номер профессионального медиатора в реестре</translation>
    </message>
    <message>
        <source>The date of election or certificate</source>
        <translation>Дата избрания или выдачи сертификата</translation>
    </message>
    <message>
        <source>The title of the training</source>
        <translation>Название курса обучения</translation>
    </message>
    <message>
        <source>The date the training was completed</source>
        <translation>Дата окончания обучения</translation>
    </message>
    <message>
        <source>The length of the training in hours</source>
        <translation>Продолжительность обучения в часах</translation>
    </message>
    <message>
        <source>The date of the assignment</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>The date of the release</source>
        <translation>Дата снятия с дела</translation>
    </message>
    <message>
        <source>The date of the session</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <source>The length of the session in minutes</source>
        <translation>Продолжительность встречи в минутах</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>Дата консультации</translation>
    </message>
    <message>
        <source>The date of the settlement agreement</source>
        <translation>Дата соглашения об урегулировании спора</translation>
    </message>
    <message>
        <source>The subject of the settlement agreement</source>
        <translation>Предмет соглашения об урегулировании спора</translation>
    </message>
    <message>
        <source>The description of the obligation</source>
        <translation>Описание обязательства</translation>
    </message>
    <message>
        <source>The due date of the obligation</source>
        <translation>Срок исполнения обязательства</translation>
    </message>
    <message>
        <source>The date of the check</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>The date of the follow-up</source>
        <translation>Дата контроля исполнения</translation>
    </message>
    <message>
        <source>The date of the next follow-up</source>
        <translation>Дата следующего контроля исполнения</translation>
    </message>
    <message>
        <source>The score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The name shown for the user</source>
        <translation>ФИО пользователя</translation>
    </message>
    <message>
        <source>The number of years closed cases are kept</source>
        <translation>Число лет хранения закрытых дел</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Choose this computer&apos;s unit from the list.</source>
        <translation>Выберите из списка подразделение, для которого работает этот компьютер.</translation>
    </message>
    <message>
        <source>The two passphrases of the exchange keys differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы ключей обмена не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <source>The file {path} is far too large to be a directory of units. Choose the .tqd file.</source>
        <translation>Файл {path} слишком велик для справочника подразделений. Выберите файл .tqd.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that the USB stick is still in, or copy the file again.</source>
        <translation>Не удаётся прочитать файл {path}. Проверьте, вставлена ли USB-флешка, или скопируйте файл заново.</translation>
    </message>
    <message>
        <source>The date of the proposal to mediate ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Дата предложения о медиации ({value}) не может быть раньше даты приёма обращения ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the mediation agreement ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Дата договора о медиации ({value}) не может быть раньше даты приёма обращения ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the extension ({value}) cannot be earlier than the mediation agreement ({earliest}). Please check the date.</source>
        <translation>Дата продления срока ({value}) не может быть раньше даты договора о медиации ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The closing date ({value}) cannot be earlier than the end of the mediation ({earliest}). Please check the date.</source>
        <translation>Дата закрытия дела ({value}) не может быть раньше даты завершения медиации ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the assignment ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Дата назначения ({value}) не может быть раньше даты приёма обращения ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the release ({value}) cannot be earlier than the day the mediator was assigned ({earliest}). Please check the date.</source>
        <translation>Дата снятия с дела ({value}) не может быть раньше дня, когда медиатор был назначен ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the session ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Дата встречи ({value}) не может быть раньше даты приёма обращения ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the settlement agreement ({value}) cannot be earlier than the mediation agreement ({earliest}). Please check the date.</source>
        <translation>Дата соглашения об урегулировании спора ({value}) не может быть раньше даты договора о медиации ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The due date of an obligation ({value}) cannot be earlier than the signing of the settlement agreement ({earliest}). Please check the date.</source>
        <translation>Срок исполнения обязательства ({value}) не может быть раньше даты подписания соглашения об урегулировании спора ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the check ({value}) cannot be earlier than the settlement agreement ({earliest}). Please check the date.</source>
        <translation>Дата проверки ({value}) не может быть раньше даты соглашения об урегулировании спора ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The date of the follow-up ({value}) cannot be earlier than the end of the mediation ({earliest}). Please check the date.</source>
        <translation>Дата контроля исполнения ({value}) не может быть раньше даты завершения медиации ({earliest}). Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The next follow-up ({value}) must come at least one day after this follow-up. Please check the date.</source>
        <translation>Следующий контроль исполнения ({value}) должен быть хотя бы на один день позже текущего. Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The case was not found. Check the case number, or refresh the list.</source>
        <translation>Дело не найдено. Проверьте номер дела или обновите список.</translation>
    </message>
    <message>
        <source>This case is closed and can no longer be changed.</source>
        <translation>Это дело закрыто, изменить его уже нельзя.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Open it again and make your change once more.</source>
        <translation>Кто-то другой сохранил эту запись после того, как вы её открыли. Откройте её заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>The district was not found. Choose a district from the list.</source>
        <translation>Район не найден. Выберите район из списка.</translation>
    </message>
    <message>
        <source>The case number must be the unit&apos;s code, the year of intake and a serial number, for example KZ-31-KRD-2026-0042.</source>
        <translation>Номер дела должен состоять из кода подразделения, года приёма обращения и порядкового номера, например KZ-31-KRD-2026-0042.</translation>
    </message>
    <message>
        <source>A case numbered {number} already exists. Please check the number.</source>
        <translation>Дело с номером {number} уже существует. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>This step is not possible: a case at the stage “{current}” cannot move to “{target}”. Refresh the case to see its current stage.</source>
        <translation>Такой переход невозможен: дело на этапе «{current}» нельзя перевести на этап «{target}». Обновите дело, чтобы увидеть его текущий этап.</translation>
    </message>
    <message>
        <source>A proposal to mediate can be recorded only while the case is at intake.</source>
        <translation>Предложение о медиации можно внести, только пока дело находится на этапе приёма обращения.</translation>
    </message>
    <message>
        <source>Before the mediation agreement, add both an applicant and a respondent to the case.</source>
        <translation>Перед заключением договора о медиации добавьте в дело и заявителя, и ответчика.</translation>
    </message>
    <message>
        <source>Before the mediation agreement, assign a mediator to the case.</source>
        <translation>Перед заключением договора о медиации назначьте по делу медиатора.</translation>
    </message>
    <message>
        <source>Only a case in mediation can have its term extended.</source>
        <translation>Продлить срок можно только по делу, которое находится на этапе медиации.</translation>
    </message>
    <message>
        <source>An extension of the term needs the consent of the parties. Mark that they agreed.</source>
        <translation>Для продления срока нужно согласие сторон. Отметьте, что стороны согласны.</translation>
    </message>
    <message>
        <source>This case has used all the extensions of its term that are allowed (at most {allowed}).</source>
        <translation>По этому делу срок уже продлевался максимально допустимое число раз (не более {allowed}).</translation>
    </message>
    <message>
        <source>The outcome “{outcome}” needs a signed mediation agreement first.</source>
        <translation>Для результата «{outcome}» сначала нужен подписанный договор о медиации.</translation>
    </message>
    <message>
        <source>A settled case ends because the settlement agreement was signed. Choose that as the reason.</source>
        <translation>Если спор урегулирован, медиация завершается подписанием соглашения об урегулировании спора. Выберите это основание.</translation>
    </message>
    <message>
        <source>Record the settlement agreement before recording that the case was settled.</source>
        <translation>Сначала внесите соглашение об урегулировании спора, а затем отметьте, что спор урегулирован.</translation>
    </message>
    <message>
        <source>“Settlement agreement signed” fits only a settled case. Choose another reason or another outcome.</source>
        <translation>Основание «Подписано соглашение об урегулировании спора» подходит только для урегулированного спора. Выберите другое основание или другой результат.</translation>
    </message>
    <message>
        <source>Describe the other ground for ending the mediation.</source>
        <translation>Опишите иное основание завершения медиации.</translation>
    </message>
    <message>
        <source>Record the outcome of the mediation before closing the case.</source>
        <translation>Перед закрытием дела внесите результат медиации.</translation>
    </message>
    <message>
        <source>Obligations of the settlement agreement not checked yet: {pending}. Check each one before closing the case.</source>
        <translation>Не проверено обязательств по соглашению об урегулировании спора: {pending}. Проверьте каждое из них перед закрытием дела.</translation>
    </message>
    <message>
        <source>Record the party&apos;s consent to personal-data processing before saving their name, IIN or contacts.</source>
        <translation>Прежде чем сохранять ФИО, ИИН или контакты стороны, отметьте её согласие на обработку персональных данных.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Укажите дату, когда было дано согласие.</translation>
    </message>
    <message>
        <source>The sex chosen does not match the IIN. Please check both.</source>
        <translation>Выбранный пол не соответствует ИИН. Пожалуйста, проверьте и то, и другое.</translation>
    </message>
    <message>
        <source>The birth date does not match the IIN. Please check both.</source>
        <translation>Дата рождения не соответствует ИИН. Пожалуйста, проверьте и то, и другое.</translation>
    </message>
    <message>
        <source>A group of people has no BIN. Leave the number empty.</source>
        <translation>У группы людей нет БИН. Оставьте поле номера пустым.</translation>
    </message>
    <message>
        <source>The phone number should look like +7 7xx xxx xx xx.</source>
        <translation>Номер телефона нужно указать в формате +7 7xx xxx xx xx.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. It should look like name@example.kz.</source>
        <translation>Адрес электронной почты указан неверно. Он должен выглядеть так: name@example.kz.</translation>
    </message>
    <message>
        <source>This party was not found. Refresh the case.</source>
        <translation>Эта сторона не найдена. Обновите дело.</translation>
    </message>
    <message>
        <source>This party already has that role in the case.</source>
        <translation>У этой стороны уже есть такая роль в деле.</translation>
    </message>
    <message>
        <source>Choose the party this representative represents.</source>
        <translation>Выберите сторону, интересы которой представляет этот представитель.</translation>
    </message>
    <message>
        <source>That participant is not on this case. Refresh the case.</source>
        <translation>Этого участника нет в деле. Обновите дело.</translation>
    </message>
    <message>
        <source>The IIN must contain only the digits 0-9, with no spaces. Character {position} is “{character}”.</source>
        <translation>ИИН должен содержать только цифры 0–9, без пробелов. Символ № {position} — «{character}».</translation>
    </message>
    <message>
        <source>The IIN must have 12 digits, not {given}. Please check the number.</source>
        <translation>ИИН должен состоять из 12 цифр, а сейчас их {given}. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN gives the century of birth and the sex and must be 1 to 6, but it is {digit}. Please check the number.</source>
        <translation>7-я цифра ИИН обозначает век рождения и пол и должна быть от 1 до 6, а сейчас это {digit}. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN ({digits}) must be a real birth date: year, month, day. Please check the number.</source>
        <translation>Первые шесть цифр ИИН ({digits}) должны быть настоящей датой рождения: год, месяц, день. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The IIN gives the birth date {birth_date}, which is in the future. Please check the number.</source>
        <translation>Из ИИН следует дата рождения {birth_date}, а она ещё не наступила. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The IIN fails its check digit: one of its digits is probably mistyped. Please compare it with the identity document.</source>
        <translation>ИИН не прошёл проверку контрольной цифры: вероятно, одна из цифр введена с ошибкой. Пожалуйста, сверьте его с документом, удостоверяющим личность.</translation>
    </message>
    <message>
        <source>The BIN must contain only the digits 0-9, with no spaces. Character {position} is “{character}”.</source>
        <translation>БИН должен содержать только цифры 0–9, без пробелов. Символ № {position} — «{character}».</translation>
    </message>
    <message>
        <source>The BIN must have 12 digits, not {given}. Please check the number.</source>
        <translation>БИН должен состоять из 12 цифр, а сейчас их {given}. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of the BIN are the month of registration and must be 01 to 12, but they are {month}. Please check the number.</source>
        <translation>3-я и 4-я цифры БИН обозначают месяц регистрации и должны быть от 01 до 12, а сейчас это {month}. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The 5th digit of the BIN must be 4, 5 or 6 and the 6th 0 to 3, but they are {entity_type} and {attribute}. Please check the number.</source>
        <translation>5-я цифра БИН должна быть 4, 5 или 6, а 6-я — от 0 до 3; сейчас это {entity_type} и {attribute}. Пожалуйста, проверьте номер.</translation>
    </message>
    <message>
        <source>The BIN fails its check digit: one of its digits is probably mistyped. Please compare it with the registration document.</source>
        <translation>БИН не прошёл проверку контрольной цифры: вероятно, одна из цифр введена с ошибкой. Пожалуйста, сверьте его с документом о регистрации.</translation>
    </message>
    <message>
        <source>This mediator was not found. Refresh the list and choose again.</source>
        <translation>Этот медиатор не найден. Обновите список и выберите снова.</translation>
    </message>
    <message>
        <source>The language “{value}” is not one the program knows. Choose a language from the list.</source>
        <translation>Язык «{value}» программе неизвестен. Выберите язык из списка.</translation>
    </message>
    <message>
        <source>The specialisation “{value}” is not one the program knows. Choose a specialisation from the list.</source>
        <translation>Специализация «{value}» программе неизвестна. Выберите специализацию из списка.</translation>
    </message>
    <message>
        <source>The mediator&apos;s phone number should look like +7 7xx xxx xx xx.</source>
        <translation>Номер телефона медиатора нужно указать в формате +7 7xx xxx xx xx.</translation>
    </message>
    <message>
        <source>The mediator&apos;s e-mail address is not valid. It should look like name@example.kz.</source>
        <translation>Адрес электронной почты медиатора указан неверно. Он должен выглядеть так: name@example.kz.</translation>
    </message>
    <message>
        <source>This mediator still works on open cases: {open_cases}. Release the mediator from those cases first.</source>
        <translation>Этот медиатор ещё ведёт открытые дела (всего: {open_cases}). Сначала снимите медиатора с этих дел.</translation>
    </message>
    <message>
        <source>Describe what prevents the mediator from being impartial in this case.</source>
        <translation>Опишите, что мешает медиатору быть беспристрастным в этом деле.</translation>
    </message>
    <message>
        <source>The case is at the stage “{status}”, so its mediators can no longer be changed.</source>
        <translation>Дело находится на этапе «{status}», поэтому менять его медиаторов уже нельзя.</translation>
    </message>
    <message>
        <source>This mediator is not active and cannot take a case. Choose an active mediator.</source>
        <translation>Этот медиатор неактивен и не может вести дело. Выберите активного медиатора.</translation>
    </message>
    <message>
        <source>This mediator is already assigned to this case.</source>
        <translation>Этот медиатор уже назначен на это дело.</translation>
    </message>
    <message>
        <source>This case already has a lead mediator. Release them first, or assign this mediator as a co-mediator.</source>
        <translation>У этого дела уже есть ведущий медиатор. Сначала снимите его с дела или назначьте этого медиатора ко-медиатором.</translation>
    </message>
    <message>
        <source>Before the assignment, the mediator must declare whether anything prevents impartiality in this case.</source>
        <translation>Перед назначением медиатор должен заявить, есть ли обстоятельства, которые мешают его беспристрастности в этом деле.</translation>
    </message>
    <message>
        <source>This mediator declared a conflict of interest in this case and must decline it. Choose another mediator.</source>
        <translation>Этот медиатор заявил о конфликте интересов по этому делу и должен от него отказаться. Выберите другого медиатора.</translation>
    </message>
    <message>
        <source>This mediator is not assigned to this case.</source>
        <translation>Этот медиатор не назначен на это дело.</translation>
    </message>
    <message>
        <source>The case is at the stage “{status}”, so its sessions can no longer be added or changed.</source>
        <translation>Дело находится на этапе «{status}», поэтому добавлять или изменять его встречи уже нельзя.</translation>
    </message>
    <message>
        <source>The start time should look like 09:30 (hours:minutes).</source>
        <translation>Время начала нужно указать в формате 09:30 (часы:минуты).</translation>
    </message>
    <message>
        <source>The date of the session ({value}) is too far ahead: a session can be planned until {latest}.</source>
        <translation>Дата встречи ({value}) слишком далеко в будущем: встречу можно запланировать не позднее {latest}.</translation>
    </message>
    <message>
        <source>The date of the session ({value}) is after the end of the mediation. Please check the date.</source>
        <translation>Дата встречи ({value}) позже даты завершения медиации. Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>Some of the people marked as present are not participants of this case. Refresh the case and mark them again.</source>
        <translation>Некоторые из отмеченных присутствующих не являются участниками этого дела. Обновите дело и отметьте их заново.</translation>
    </message>
    <message>
        <source>That mediator was not assigned to this case on the date of the session. Choose a mediator who was.</source>
        <translation>В день встречи этот медиатор не был назначен на это дело. Выберите медиатора, который был назначен.</translation>
    </message>
    <message>
        <source>This session was not found. Refresh the case.</source>
        <translation>Эта встреча не найдена. Обновите дело.</translation>
    </message>
    <message>
        <source>The end of the period is earlier than its start. Please correct the dates.</source>
        <translation>Конец периода раньше его начала. Пожалуйста, исправьте даты.</translation>
    </message>
    <message>
        <source>The date of the consultation ({value}) is too long ago: the earliest date accepted is {earliest}.</source>
        <translation>Дата консультации ({value}) слишком давняя: самая ранняя допустимая дата — {earliest}.</translation>
    </message>
    <message>
        <source>Only a consultation referred to mediation can be linked to a case.</source>
        <translation>Связать с делом можно только консультацию, по итогам которой обращение направлено на медиацию.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another unit, so it cannot be linked to this consultation.</source>
        <translation>Дело {case} относится к другому подразделению, поэтому его нельзя связать с этой консультацией.</translation>
    </message>
    <message>
        <source>Case {case} was registered before this consultation, so the consultation cannot have referred it.</source>
        <translation>Дело {case} зарегистрировано раньше этой консультации, поэтому оно не могло быть направлено по её итогам.</translation>
    </message>
    <message>
        <source>This mediator is not active. Choose an active mediator.</source>
        <translation>Этот медиатор неактивен. Выберите активного медиатора.</translation>
    </message>
    <message>
        <source>This mediator belongs to another unit. Choose a mediator of this unit.</source>
        <translation>Этот медиатор относится к другому подразделению. Выберите медиатора из этого подразделения.</translation>
    </message>
    <message>
        <source>This consultation was not found. Refresh the list.</source>
        <translation>Эта консультация не найдена. Обновите список.</translation>
    </message>
    <message>
        <source>A settlement agreement is recorded for a case in mediation; this case is at the stage “{status}”.</source>
        <translation>Соглашение об урегулировании спора вносится по делу на этапе медиации, а это дело находится на этапе «{status}».</translation>
    </message>
    <message>
        <source>Case {case} already has a settlement agreement.</source>
        <translation>По делу {case} уже внесено соглашение об урегулировании спора.</translation>
    </message>
    <message>
        <source>A settlement agreement needs at least one obligation: who does what, by when.</source>
        <translation>В соглашении об урегулировании спора должно быть хотя бы одно обязательство: кто, что и к какому сроку делает.</translation>
    </message>
    <message>
        <source>This obligation was not found. Refresh the case.</source>
        <translation>Это обязательство не найдено. Обновите дело.</translation>
    </message>
    <message>
        <source>The person bound by obligation {position} is not a participant of this case. Choose a participant.</source>
        <translation>Лицо, на которое возложено обязательство № {position}, не является участником этого дела. Выберите участника дела.</translation>
    </message>
    <message>
        <source>The case is at the stage “{status}”, so the obligations of its settlement agreement can no longer be added or checked.</source>
        <translation>Дело находится на этапе «{status}», поэтому добавлять или проверять обязательства по его соглашению об урегулировании спора уже нельзя.</translation>
    </message>
    <message>
        <source>Choose whether the obligation was kept, partly kept or not kept.</source>
        <translation>Укажите, как исполнено обязательство: полностью, частично или не исполнено.</translation>
    </message>
    <message>
        <source>Only a settled case is followed up; this case is at the stage “{status}”.</source>
        <translation>Контроль исполнения ведётся только по урегулированному спору, а это дело находится на этапе «{status}».</translation>
    </message>
    <message>
        <source>One of the obligations checked is not part of this case&apos;s settlement agreement. Refresh the case.</source>
        <translation>Одно из проверенных обязательств не входит в соглашение об урегулировании спора по этому делу. Обновите дело.</translation>
    </message>
    <message>
        <source>Feedback is asked once the mediation has ended; this case has not ended yet.</source>
        <translation>Отзыв запрашивается после завершения медиации, а по этому делу медиация ещё не завершена.</translation>
    </message>
    <message>
        <source>Give a score, say whether the party would recommend mediation, or both.</source>
        <translation>Поставьте оценку или отметьте, порекомендовала бы сторона медиацию (можно и то, и другое).</translation>
    </message>
    <message>
        <source>That person is not a participant of this case.</source>
        <translation>Это лицо не является участником этого дела.</translation>
    </message>
    <message>
        <source>This participant&apos;s feedback on the case is already recorded.</source>
        <translation>Отзыв этого участника по делу уже внесён.</translation>
    </message>
    <message>
        <source>There is no unit with the code {code}. Check the code.</source>
        <translation>Подразделения с кодом {code} нет. Проверьте код.</translation>
    </message>
    <message>
        <source>The unit {code} was not working on {day}. Please check the date.</source>
        <translation>Подразделение {code} не работало на дату {day}. Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>There is no setting called {setting}.</source>
        <translation>Настройки с именем {setting} нет.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter a whole number from {minimum} to {maximum}.</source>
        <translation>Введите целое число от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Please try again.</source>
        <translation>Неверное имя пользователя или пароль. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked. Try again in {minutes_left} min.</source>
        <translation>Слишком много попыток с неверным паролем: учётная запись заблокирована. Попробуйте снова через {minutes_left} мин.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator to switch it on.</source>
        <translation>Эта учётная запись отключена. Попросите администратора включить её.</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters, with at least one letter and one digit.</source>
        <translation>Пароль должен содержать не менее {minimum} символов, в том числе хотя бы одну букву и одну цифру.</translation>
    </message>
    <message>
        <source>The user name needs 3 to 64 characters: Latin letters, digits, dot, underscore or hyphen.</source>
        <translation>Имя пользователя должно содержать от 3 до 64 символов: латинские буквы, цифры, точку, знак подчёркивания или дефис.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken. Choose another one.</source>
        <translation>Имя пользователя {username} уже занято. Выберите другое.</translation>
    </message>
    <message>
        <source>This user was not found. Refresh the list.</source>
        <translation>Этот пользователь не найден. Обновите список.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль указан неверно.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>This mediator belongs to another unit than the user. Choose a mediator of the same unit.</source>
        <translation>Этот медиатор относится к другому подразделению, чем пользователь. Выберите медиатора из того же подразделения.</translation>
    </message>
    <message>
        <source>This mediator already has a user account.</source>
        <translation>У этого медиатора уже есть учётная запись.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be switched off. Make another user an administrator first.</source>
        <translation>Нельзя отключить последнего активного администратора. Сначала сделайте администратором другого пользователя.</translation>
    </message>
    <message>
        <source>An encrypted demo database is made new, and there is already a database there.</source>
        <translation>Зашифрованная демонстрационная база данных создаётся заново, а там уже есть база данных.</translation>
    </message>
    <message>
        <source>The number of demo cases must be from {minimum} to {maximum}.</source>
        <translation>Количество демонстрационных дел должно быть от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>Demo data cannot end after today. Choose today or an earlier date.</source>
        <translation>Демонстрационные данные не могут заканчиваться позже сегодняшнего дня. Выберите сегодняшнюю или более раннюю дату.</translation>
    </message>
    <message>
        <source>None of the demo units was open in the two years before the chosen end date. Choose a later end date.</source>
        <translation>Ни одно демонстрационное подразделение не работало в течение двух лет до выбранной конечной даты. Выберите более позднюю конечную дату.</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data is made only in an empty database, so that it never mixes with real records.</source>
        <translation>В этой базе данных уже есть записи. Демонстрационные данные создаются только в пустой базе, чтобы они никогда не смешивались с настоящими.</translation>
    </message>
    <message>
        <source>Demo data can be made only in a database file on this computer.</source>
        <translation>Демонстрационные данные можно создать только в файле базы данных на этом компьютере.</translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft. Save the form to keep it.</source>
        <translation>Введённые данные не удалось сохранить как черновик. Чтобы они не потерялись, сохраните форму.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s work; try again in a moment.</source>
        <translation>База данных занята: сейчас в ней работает другой пользователь. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не сохранено. Освободите место на диске и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Tatulyq database. Restore the latest backup or call your administrator.</source>
        <translation>Файл базы данных повреждён или не является базой данных Tatulyq. Восстановите последнюю резервную копию или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check that the folder is not read-only, or call your administrator.</source>
        <translation>Файл базы данных не удаётся открыть для записи. Убедитесь, что у папки не стоит отметка «Только для чтения», или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This change breaks a rule of the database and was not saved. Refresh and try again.</source>
        <translation>Это изменение нарушает правило базы данных и не сохранено. Обновите данные и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection and try again.</source>
        <translation>Нет связи с сервером базы данных. Проверьте подключение к сети и попробуйте снова.</translation>
    </message>
    <message>
        <source>This works only with a database file on this computer, not with a database server.</source>
        <translation>Это работает только с файлом базы данных на этом компьютере, а не с сервером базы данных.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Tatulyq. Install the newer version; the database was not changed.</source>
        <translation>Эта база данных создана более новой версией Tatulyq. Установите новую версию программы; база данных не изменена.</translation>
    </message>
    <message>
        <source>This database holds other data and is not a Tatulyq database. It was not changed.</source>
        <translation>В этой базе данных хранятся другие данные, это не база данных Tatulyq. Она не изменена.</translation>
    </message>
    <message>
        <source>Updating the database would break links between its records, so nothing was changed. Call your administrator.</source>
        <translation>Обновление базы данных нарушило бы связи между её записями, поэтому ничего не изменено. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only after signing in with a user&apos;s password.</source>
        <translation>Эта база данных зашифрована: она открывается только после входа с паролем пользователя.</translation>
    </message>
    <message>
        <source>The database file does not open with its key: it was replaced by another file, or it is damaged. Call your administrator.</source>
        <translation>Файл базы данных не открывается своим ключом: его заменили другим файлом или он повреждён. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>A database is already there; it was not replaced.</source>
        <translation>Там уже есть база данных; она не заменена.</translation>
    </message>
    <message>
        <source>The key file of the encrypted database is missing ({path}). Put it back, or set a new password with the recovery key (Forgot your password?).</source>
        <translation>Нет файла ключей зашифрованной базы данных ({path}). Верните его на место или задайте новый пароль с помощью ключа восстановления («Забыли пароль?»).</translation>
    </message>
    <message>
        <source>The key file of the database cannot be read ({path}). Check the folder&apos;s permissions.</source>
        <translation>Не удаётся прочитать файл ключей базы данных ({path}). Проверьте права доступа к папке.</translation>
    </message>
    <message>
        <source>The key file of the database is damaged. Set a new password with the recovery key (Forgot your password?): a new key file is written.</source>
        <translation>Файл ключей базы данных повреждён. Задайте новый пароль с помощью ключа восстановления («Забыли пароль?»): будет записан новый файл ключей.</translation>
    </message>
    <message>
        <source>The key file of the database cannot be written ({path}). The change of the user was saved, but their password may not open the database yet: set it again when the disk can be written.</source>
        <translation>Не удаётся записать файл ключей базы данных ({path}). Изменение пользователя сохранено, но его пароль пока может не открывать базу данных: задайте пароль ещё раз, когда на диск можно будет записывать.</translation>
    </message>
    <message>
        <source>A key file is already there ({path}); it was not replaced.</source>
        <translation>Файл ключей там уже есть ({path}); он не заменён.</translation>
    </message>
    <message>
        <source>The key file is busy with another program; try again in a moment.</source>
        <translation>Файл ключей занят другой программой; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The key file beside the database belongs to another database ({path}); nothing was changed.</source>
        <translation>Файл ключей рядом с базой данных принадлежит другой базе данных ({path}); ничего не изменено.</translation>
    </message>
    <message>
        <source>A recovery key is 32 letters and digits in 8 groups of 4, like ABCD-EFGH-…; check what was typed.</source>
        <translation>Ключ восстановления — это 32 буквы и цифры в 8 группах по 4, например ABCD-EFGH-…; проверьте, что введено.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this database. Check each group of letters.</source>
        <translation>Этот ключ восстановления не относится к этой базе данных. Проверьте каждую группу символов.</translation>
    </message>
    <message>
        <source>There is no active user {username} in this database.</source>
        <translation>В этой базе данных нет активного пользователя {username}.</translation>
    </message>
    <message>
        <source>The recovery key could not be saved to that file; choose another place or print it.</source>
        <translation>Не удалось сохранить ключ восстановления в этот файл; выберите другое место или распечатайте его.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>База данных уже зашифрована.</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it was left as it was, and the backup made first is kept.</source>
        <translation>Не удалось зашифровать базу данных; она осталась как была, а созданная сначала резервная копия сохранена.</translation>
    </message>
    <message>
        <source>Another program (or another window of Tatulyq) has the database open. Close it and try again.</source>
        <translation>База данных открыта другой программой (или другим окном Tatulyq). Закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <source>Only an administrator can encrypt the database.</source>
        <translation>Зашифровать базу данных может только администратор.</translation>
    </message>
    <message>
        <source>The backup cannot be written to the chosen folder. Choose another folder and try again.</source>
        <translation>Не удаётся записать резервную копию в выбранную папку. Выберите другую папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup was written. Free some space or choose another disk.</source>
        <translation>Диск заполнен, поэтому резервная копия не записана. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>The backup could not be written. Try again; if it fails again, call your administrator.</source>
        <translation>Не удалось записать резервную копию. Попробуйте ещё раз; если ошибка повторится, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>That file is the database in use. Choose a backup file.</source>
        <translation>Это файл базы данных, которая сейчас используется. Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>The backup was not restored because it is damaged or incomplete; nothing was changed. Choose another backup file.</source>
        <translation>Резервная копия не восстановлена, так как она повреждена или неполная; ничего не изменено. Выберите другой файл резервной копии.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tatulyq (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>Эта резервная копия сделана более новой версией Tatulyq (схема {revision}). Чтобы восстановить её, установите эту версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The restore did not go through, and the database was put back as it was. A copy of it is at {path}. Call your administrator.</source>
        <translation>Восстановление не удалось, и база данных возвращена в прежнее состояние. Её копия: {path}. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>There is no file {path}. Choose a backup file.</source>
        <translation>Файла {path} нет. Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself. Choose another file.</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных. Выберите другой файл.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name or another folder.</source>
        <translation>Файл {path} уже существует. Выберите другое имя или другую папку.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the backup file to write.</source>
        <translation>{path} — это папка. Укажите имя файла резервной копии.</translation>
    </message>
    <message>
        <source>There is no folder {path}. Choose an existing folder, or insert the USB stick.</source>
        <translation>Папки {path} нет. Выберите существующую папку или вставьте USB-флешку.</translation>
    </message>
    <message>
        <source>The copy was written, but reading it back found it damaged. Do not rely on it: write it to another disk or USB stick.</source>
        <translation>Копия записана, но при повторном чтении оказалась повреждённой. Не полагайтесь на неё: запишите копию на другой диск или USB-флешку.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: it is damaged, or it is not an Excel workbook or a CSV file.</source>
        <translation>Файл {name} не читается: он повреждён или это не книга Excel и не файл CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file. An older .xls workbook can first be saved as .xlsx in Excel.</source>
        <translation>{name} нельзя импортировать: выберите книгу Excel (.xlsx) или файл CSV. Старую книгу .xls можно сначала сохранить в Excel как .xlsx.</translation>
    </message>
    <message>
        <source>The workbook has no sheet called “{sheet}”. Choose a sheet from the list.</source>
        <translation>В книге нет листа «{sheet}». Выберите лист из списка.</translation>
    </message>
    <message>
        <source>{name} has no rows of data under its header. Choose another sheet or file.</source>
        <translation>В {name} под заголовком нет строк с данными. Выберите другой лист или файл.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read. Choose a mapping file saved by Tatulyq.</source>
        <translation>Файл сопоставления не читается. Выберите файл сопоставления, сохранённый Tatulyq.</translation>
    </message>
    <message>
        <source>No column is matched to the intake date. Choose the column that holds it.</source>
        <translation>Ни один столбец не сопоставлен с датой приёма обращения. Выберите столбец, где она указана.</translation>
    </message>
    <message>
        <source>No column is matched to the category of the dispute. Choose the column that holds it.</source>
        <translation>Ни один столбец не сопоставлен с категорией спора. Выберите столбец, где она указана.</translation>
    </message>
    <message>
        <source>The intake date is empty.</source>
        <translation>Дата приёма обращения не заполнена.</translation>
    </message>
    <message>
        <source>The category of the dispute is empty.</source>
        <translation>Категория спора не заполнена.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write dates as dd.mm.yyyy.</source>
        <translation>«{value}» — не дата. Пишите даты в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>«{value}» — ни «да», ни «нет».</translation>
    </message>
    <message>
        <source>“{value}” is not matched to any item of the program&apos;s list. Match it on the Values page.</source>
        <translation>«{value}» не сопоставлено ни с одним пунктом списка программы. Сопоставьте его на странице сопоставления значений.</translation>
    </message>
    <message>
        <source>There is an IIN or BIN, but no name of that party.</source>
        <translation>Указан ИИН или БИН, но нет имени этой стороны.</translation>
    </message>
    <message>
        <source>A case refused at intake needs the ground on which the law excludes it.</source>
        <translation>Для дела, в приёме которого отказано, нужно указать основание, по которому закон исключает медиацию.</translation>
    </message>
    <message>
        <source>The closing date ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.</source>
        <translation>Дата закрытия ({value}) не может быть раньше даты приёма обращения ({earliest}). Проверьте дату.</translation>
    </message>
    <message>
        <source>An outcome needs the date the mediation ended.</source>
        <translation>Вместе с результатом нужна дата окончания медиации.</translation>
    </message>
    <message>
        <source>The register says “{status}”, but the dates and the outcome in this row bring the case to “{target}”.</source>
        <translation>В реестре указано «{status}», но по датам и результату в этой строке дело находится на этапе «{target}».</translation>
    </message>
    <message>
        <source>The unit {unit} is not among your units, so you cannot import or undo its cases.</source>
        <translation>Подразделение {unit} не входит в ваши подразделения, поэтому импортировать или отменять его дела вы не можете.</translation>
    </message>
    <message>
        <source>That import was not found. Refresh the list.</source>
        <translation>Этот импорт не найден. Обновите список.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Этот импорт уже отменён.</translation>
    </message>
    <message>
        <source>The import cannot be undone: case {number} has been worked on since it was imported. Change that case by hand instead.</source>
        <translation>Импорт нельзя отменить: с делом {number} после импорта уже работали. Измените это дело вручную.</translation>
    </message>
    <message>
        <source>{text} is not a period. Write a month (2026-10), a quarter (2026-Q3) or a year (2026).</source>
        <translation>{text} — это не период. Укажите месяц (2026-10), квартал (2026-Q3) или год (2026).</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Please check the dates.</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}). Проверьте даты.</translation>
    </message>
    <message>
        <source>Give either a period (a month, a quarter or a year) or a range of days with both its first and its last day.</source>
        <translation>Укажите либо период (месяц, квартал или год), либо диапазон дней — и первый, и последний день.</translation>
    </message>
    <message>
        <source>A report can be made in Kazakh, Russian or English only.</source>
        <translation>Отчёт можно сформировать только на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>Choose PDF or XLSX: the file name {name} ends in neither.</source>
        <translation>Выберите PDF или XLSX: имя файла {name} не оканчивается ни на одно из них.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the file to write.</source>
        <translation>{path} — это папка. Укажите имя файла, который нужно записать.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Choose another folder.</source>
        <translation>Папки {path} не существует. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The disk is full; the report was not saved. Free some space and try again.</source>
        <translation>Диск заполнен; отчёт не сохранён. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The report cannot be saved as {path}. Choose another folder, or close the file if another program has it open.</source>
        <translation>Не удалось сохранить отчёт как {path}. Выберите другую папку или закройте файл, если он открыт в другой программе.</translation>
    </message>
    <message>
        <source>A document can be made in Kazakh, Russian or English only.</source>
        <translation>Документ можно составить только на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>A party is chosen for the consent form only; the agreements name every party.</source>
        <translation>Сторона выбирается только для формы согласия; в договоре и соглашении указываются все стороны.</translation>
    </message>
    <message>
        <source>Case {case} has no settlement agreement yet. Record the settlement agreement in the case, then print it.</source>
        <translation>По делу {case} ещё нет соглашения об урегулировании спора. Сначала внесите соглашение в дело, затем распечатайте его.</translation>
    </message>
    <message>
        <source>That party does not take part in case {case}. Choose a party of this case.</source>
        <translation>Эта сторона не участвует в деле {case}. Выберите сторону этого дела.</translation>
    </message>
    <message>
        <source>Only a person gives consent to personal data processing; this party is an organisation, a group or a state body.</source>
        <translation>Согласие на обработку персональных данных даёт только физическое лицо; эта сторона – организация, группа или государственный орган.</translation>
    </message>
    <message>
        <source>Case {case} has no person among its parties, so there is no consent form to print.</source>
        <translation>Среди сторон дела {case} нет физических лиц, поэтому печатать форму согласия не для кого.</translation>
    </message>
    <message>
        <source>The disk is full; the document was not saved. Free some space and try again.</source>
        <translation>Диск заполнен, документ не сохранён. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The document cannot be saved as {path}. Choose another folder, or close the file if another program has it open.</source>
        <translation>Документ не удаётся сохранить как {path}. Выберите другую папку или закройте файл, если он открыт в другой программе.</translation>
    </message>
    <message>
        <source>The printer did not start printing. Check that it is switched on and connected, then try again.</source>
        <translation>Принтер не начал печать. Проверьте, что он включён и подключён, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The printer stopped in the middle of the document; nothing more was sent. Check the printer and print again.</source>
        <translation>Принтер остановился посреди документа; остальное не отправлено. Проверьте принтер и распечатайте ещё раз.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the head of the centre or the administrator if it needs doing.</source>
        <translation>Ваша роль этого не позволяет. Если это нужно сделать, обратитесь к руководителю центра или администратору.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another unit: it is not among the cases of your units.</source>
        <translation>Дело {case} относится к другому подразделению: его нет среди дел ваших подразделений.</translation>
    </message>
    <message>
        <source>This record belongs to another unit: only that unit&apos;s users may change it.</source>
        <translation>Эта запись относится к другому подразделению: изменять её могут только пользователи этого подразделения.</translation>
    </message>
    <message>
        <source>The end of the period is earlier than its start. Please check the dates.</source>
        <translation>Конец периода раньше его начала. Проверьте даты.</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>Пользователя {username} нет.</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Choose another folder, or free some space.</source>
        <translation>Не удалось записать файл {path}. Выберите другую папку или освободите место на диске.</translation>
    </message>
    <message>
        <source>Entry {seq} of the audit trail does not check out, so nothing was de-identified. Call your administrator: the database needs checking.</source>
        <translation>Запись {seq} журнала аудита не прошла проверку, поэтому ничего не обезличено. Обратитесь к администратору: базу данных нужно проверить.</translation>
    </message>
    <message>
        <source>Type a passphrase to protect the exchange keys.</source>
        <translation>Введите парольную фразу для защиты ключей обмена.</translation>
    </message>
    <message>
        <source>The passphrase of the exchange keys is wrong. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверная парольная фраза ключей обмена. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>The exchange key file {path} cannot be read. Check that it exists and try again.</source>
        <translation>Не удаётся прочитать файл ключей обмена {path}. Проверьте, что он существует, и повторите попытку.</translation>
    </message>
    <message>
        <source>The exchange key file {path} is damaged. Restore it from a copy, or make new keys and read their fingerprint to the council again.</source>
        <translation>Файл ключей обмена {path} повреждён. Восстановите его из копии или создайте новые ключи и снова продиктуйте их отпечаток совету.</translation>
    </message>
    <message>
        <source>The exchange key file {path} cannot be written. Choose another folder, or free some space.</source>
        <translation>Не удаётся записать файл ключей обмена {path}. Выберите другую папку или освободите место на диске.</translation>
    </message>
    <message>
        <source>The directory of units is not signed by the republican mediation council, or was changed after signing. It was not installed.</source>
        <translation>Справочник подразделений не подписан республиканским советом медиации или был изменён после подписания. Справочник не установлен.</translation>
    </message>
    <message>
        <source>The directory of units cannot be read: it may come from a newer version of Tatulyq. It was not installed.</source>
        <translation>Не удаётся прочитать справочник подразделений: возможно, он создан более новой версией Tatulyq. Справочник не установлен.</translation>
    </message>
    <message>
        <source>This directory of units is version {version}, not newer than the installed version {installed}. It was not installed.</source>
        <translation>Это справочник подразделений версии {version}, он не новее установленной версии {installed}. Справочник не установлен.</translation>
    </message>
    <message>
        <source>The file is too large to be a monthly package. It was not opened.</source>
        <translation>Файл слишком велик для ежемесячного пакета. Он не был открыт.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists and that the USB stick is inserted.</source>
        <translation>Не удаётся прочитать файл {path}. Проверьте, что он существует и что USB-накопитель вставлен.</translation>
    </message>
    <message>
        <source>This file is not a Tatulyq monthly package.</source>
        <translation>Этот файл не является ежемесячным пакетом Tatulyq.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Tatulyq (format {version}). Update the program, then import it again.</source>
        <translation>Пакет создан более новой версией Tatulyq (формат {version}). Обновите программу и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>This package is meant for another council: it is not encrypted to this council&apos;s key.</source>
        <translation>Этот пакет предназначен другому совету: он зашифрован не для ключа этого совета.</translation>
    </message>
    <message>
        <source>The package is damaged or was changed after it was made. Ask the sender to send it again.</source>
        <translation>Пакет повреждён или был изменён после создания. Попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <source>The package holds a file with a forbidden name ({name}). It was refused.</source>
        <translation>В пакете есть файл с недопустимым именем ({name}). Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package holds the file {name} twice. It was refused.</source>
        <translation>Файл {name} встречается в пакете дважды. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package holds a file that does not belong in it ({name}). It was refused.</source>
        <translation>В пакете есть посторонний файл ({name}). Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package lacks the file {name}. Ask the sender to send it again.</source>
        <translation>В пакете нет файла {name}. Попросите отправителя прислать пакет снова.</translation>
    </message>
    <message>
        <source>The file {name} in the package is compressed, which packages never are. It was refused.</source>
        <translation>Файл {name} в пакете сжат, а файлы пакетов никогда не сжимаются. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The file {name} in the package is larger than allowed. It was refused.</source>
        <translation>Файл {name} в пакете больше допустимого. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The contents of the package cannot be read. Ask the sender to send it again.</source>
        <translation>Не удаётся прочитать содержимое пакета. Попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <source>The description of the package&apos;s contents is not valid: it may come from a newer version of Tatulyq. It was refused.</source>
        <translation>Описание содержимого пакета недействительно: возможно, оно создано более новой версией Tatulyq. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package is not signed by a known key of unit {unit}. Update the directory of units, or ask the sender to check their keys.</source>
        <translation>Пакет не подписан известным ключом подразделения {unit}. Обновите справочник подразделений или попросите отправителя проверить свои ключи.</translation>
    </message>
    <message>
        <source>The signature of the package does not match its contents. It was refused.</source>
        <translation>Подпись пакета не соответствует его содержимому. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The file {name} in the package was changed after it was signed. It was refused.</source>
        <translation>Файл {name} в пакете был изменён после подписания. Пакет отклонён.</translation>
    </message>
    <message>
        <source>Line {line} of {file} in the package is not valid ({reason}). The package was refused; ask the sender to update Tatulyq and send it again.</source>
        <translation>Строка {line} файла {file} в пакете недопустима ({reason}). Пакет отклонён; попросите отправителя обновить Tatulyq и прислать пакет заново.</translation>
    </message>
    <message>
        <source>The package holds a row already in this database from elsewhere ({row}). The package was refused.</source>
        <translation>В пакете есть строка, которая уже есть в этой базе данных из другого источника ({row}). Пакет отклонён.</translation>
    </message>
    <message>
        <source>This case came from unit {unit} in a monthly package; it can be changed only there.</source>
        <translation>Это дело пришло из подразделения {unit} в ежемесячном пакете; изменить его можно только там.</translation>
    </message>
    <message>
        <source>This cannot be linked to a case, party or mediator that came from unit {unit} in a monthly package: the unit&apos;s next package replaces it.</source>
        <translation>Это нельзя связать с делом, стороной или медиатором, пришедшими из подразделения {unit} в ежемесячном пакете: следующий пакет подразделения их заменит.</translation>
    </message>
    <message>
        <source>Forwarded package {line} inside this package cannot be read. The whole package was refused; ask the sender to send it again.</source>
        <translation>Пересланный пакет № {line} внутри этого пакета не удаётся прочитать. Весь пакет отклонён; попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <source>Forwarded package {line} (unit {unit}) was not addressed to this council by its unit. The whole package was refused.</source>
        <translation>Пересланный пакет № {line} (подразделение {unit}) не был адресован этому совету самим подразделением. Весь пакет отклонён.</translation>
    </message>
    <message>
        <source>The package forwards {count} packages of other units; at most {limit} are accepted. It was refused.</source>
        <translation>Пакет пересылает пакеты других подразделений ({count}), а принимается не больше {limit}. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The passphrase of the exchange keys needs at least {minimum} characters: a short sentence.</source>
        <translation>Парольная фраза ключей обмена должна содержать не меньше {minimum} символов: короткое предложение.</translation>
    </message>
    <message>
        <source>This installation already has exchange keys ({path}). They were kept: the council already trusts them.</source>
        <translation>На этом компьютере уже есть ключи обмена ({path}). Они сохранены: совет уже доверяет им.</translation>
    </message>
    <message>
        <source>This installation has no exchange keys yet. Make them first on the Exchange page.</source>
        <translation>На этом компьютере ещё нет ключей обмена. Сначала создайте их на странице «Обмен данными».</translation>
    </message>
    <message>
        <source>The file {path} is not a Tatulyq public key file, or it was changed. It was not used.</source>
        <translation>Файл {path} не является файлом открытого ключа Tatulyq или был изменён. Он не использован.</translation>
    </message>
    <message>
        <source>The public key file {path} cannot be read. Check that it exists and try again.</source>
        <translation>Не удаётся прочитать файл открытого ключа {path}. Проверьте, что он существует, и повторите попытку.</translation>
    </message>
    <message>
        <source>The public key file {path} cannot be written. Choose another folder, or insert the USB stick.</source>
        <translation>Не удаётся записать файл открытого ключа {path}. Выберите другую папку или вставьте USB-флешку.</translation>
    </message>
    <message>
        <source>This file is not a Tatulyq directory of units. Nothing was installed.</source>
        <translation>Этот файл не является справочником подразделений Tatulyq. Ничего не установлено.</translation>
    </message>
    <message>
        <source>The directory file is damaged or incomplete. Nothing was installed; ask the republican mediation council to send it again.</source>
        <translation>Файл справочника повреждён или неполон. Ничего не установлено; попросите республиканский совет медиации прислать его снова.</translation>
    </message>
    <message>
        <source>The installed directory of units (version {version}) no longer matches its signature. Install the newest directory file from the republican mediation council again.</source>
        <translation>Установленный справочник подразделений (версия {version}) больше не соответствует своей подписи. Установите заново последний файл справочника от республиканского совета медиации.</translation>
    </message>
    <message>
        <source>This is the first directory of units installed here: type the fingerprint of the republican mediation council&apos;s key, as they read it out to you over the phone.</source>
        <translation>Это первый справочник подразделений, устанавливаемый здесь: введите отпечаток ключа республиканского совета медиации, который вам продиктовали по телефону.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not that of the republican mediation council&apos;s key in this directory. Nothing was installed; check the digits with the republican council.</source>
        <translation>Введённый отпечаток не совпадает с отпечатком ключа республиканского совета медиации в этом справочнике. Ничего не установлено; сверьте цифры с республиканским советом.</translation>
    </message>
    <message>
        <source>The directory names units this version of Tatulyq does not know ({codes}). Nothing was installed; update the program first, then install the directory again.</source>
        <translation>В справочнике есть подразделения, неизвестные этой версии Tatulyq ({codes}). Ничего не установлено; сначала обновите программу, затем установите справочник снова.</translation>
    </message>
    <message>
        <source>Only the republican mediation council publishes the directory of units; these keys are of {unit}.</source>
        <translation>Справочник подразделений выпускает только республиканский совет медиации; эти ключи принадлежат {unit}.</translation>
    </message>
    <message>
        <source>The list of units has no single republican mediation council, so no directory can be published.</source>
        <translation>В списке подразделений нет единственного республиканского совета медиации, поэтому справочник выпустить нельзя.</translation>
    </message>
    <message>
        <source>The council&apos;s key in use is not among the directory&apos;s keys. Add it as the council&apos;s new key and publish once with the previous key.</source>
        <translation>Используемого ключа совета нет среди ключей справочника. Добавьте его как новый ключ совета и один раз выпустите справочник с прежним ключом.</translation>
    </message>
    <message>
        <source>The directory file {path} cannot be written. Choose another folder, or insert the USB stick. Nothing was published.</source>
        <translation>Не удаётся записать файл справочника {path}. Выберите другую папку или вставьте USB-накопитель. Ничего не выпущено.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match the key file of {unit}. The key was not added; read the digits again with the unit.</source>
        <translation>Введённый отпечаток не совпадает с файлом ключа {unit}. Ключ не добавлен; сверьте цифры с подразделением ещё раз.</translation>
    </message>
    <message>
        <source>This key file was made for the unit {key_unit}, not {unit}. The key was not added.</source>
        <translation>Этот файл ключа создан для подразделения {key_unit}, а не {unit}. Ключ не добавлен.</translation>
    </message>
    <message>
        <source>This key is already among the directory&apos;s keys (unit {unit}). Nothing was added.</source>
        <translation>Этот ключ уже есть среди ключей справочника (подразделение {unit}). Ничего не добавлено.</translation>
    </message>
    <message>
        <source>The unit {unit} is not in the directory of units. Install the newest directory from the republican mediation council.</source>
        <translation>Подразделения {unit} нет в справочнике подразделений. Установите последний справочник от республиканского совета медиации.</translation>
    </message>
    <message>
        <source>The unit {unit} has no council above it to send monthly packages to.</source>
        <translation>У подразделения {unit} нет вышестоящего совета, которому можно отправлять ежемесячные пакеты.</translation>
    </message>
    <message>
        <source>The council {unit} has no key in the directory of units valid on {day}. Install a newer directory from the republican mediation council.</source>
        <translation>В справочнике подразделений нет ключа совета {unit}, действующего на {day}. Установите более новый справочник от республиканского совета медиации.</translation>
    </message>
    <message>
        <source>The month {period} is not over yet; it can be prepared from {first_day}.</source>
        <translation>Месяц {period} ещё не закончился; его можно подготовить с {first_day}.</translation>
    </message>
    <message>
        <source>The month {period} has {count} problems to look at. Correct them, or choose to send the month as it is.</source>
        <translation>В месяце {period} есть проблемы, которые нужно посмотреть: {count}. Исправьте их или выберите отправку месяца как есть.</translation>
    </message>
    <message>
        <source>This installation has no unit yet; finish the set-up first.</source>
        <translation>Для этой установки ещё не выбрано подразделение; сначала завершите настройку.</translation>
    </message>
    <message>
        <source>No directory of units is installed yet. Install the directory file from the republican mediation council first.</source>
        <translation>Справочник подразделений ещё не установлен. Сначала установите файл справочника от республиканского совета медиации.</translation>
    </message>
    <message>
        <source>The exchange keys are of the unit {key_unit}, but this installation serves {unit}.</source>
        <translation>Ключи обмена принадлежат подразделению {key_unit}, а эта установка обслуживает {unit}.</translation>
    </message>
    <message>
        <source>The package could not be written to {path}. Choose another folder or USB stick, or free some space. Nothing was recorded.</source>
        <translation>Не удалось записать пакет в {path}. Выберите другую папку или USB-накопитель либо освободите место. Ничего не записано в базу.</translation>
    </message>
    <message>
        <source>The refused file could not be put into the quarantine folder {path}. Free some space.</source>
        <translation>Не удалось поместить отклонённый файл в папку карантина {path}. Освободите место на диске.</translation>
    </message>
    <message>
        <source>The receipt could not be written to {path}. Free some space and import the file again.</source>
        <translation>Не удалось записать квитанцию в {path}. Освободите место и импортируйте файл ещё раз.</translation>
    </message>
    <message>
        <source>The file {name} is not a valid receipt.</source>
        <translation>Файл {name} не является действительной квитанцией.</translation>
    </message>
    <message>
        <source>The receipt {name} is not signed by a key of {unit} in the directory of units.</source>
        <translation>Квитанция {name} не подписана ключом {unit} из справочника подразделений.</translation>
    </message>
    <message>
        <source>The receipt {name} is about a package that was not sent from here.</source>
        <translation>Квитанция {name} относится к пакету, который отсюда не отправлялся.</translation>
    </message>
    <message>
        <source>The package is for the unit {unit} but was signed by {sender}; a unit sends only its own month. It was refused.</source>
        <translation>Пакет относится к подразделению {unit}, но подписан {sender}; подразделение отправляет только свой месяц. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The unit {unit} is not in the directory of units. The package was refused.</source>
        <translation>Подразделения {unit} нет в справочнике подразделений. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package of {unit} is for {period}, a month that has not begun yet. It was refused.</source>
        <translation>Пакет {unit} относится к месяцу {period}, который ещё не начался. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The unit {unit} was not open in {period} according to the directory of units. The package was refused.</source>
        <translation>По справочнику подразделений подразделение {unit} не работало в {period}. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The council {council} forwarded a package of the unit {unit}, which is not below it. The whole package was refused.</source>
        <translation>Совет {council} переслал пакет подразделения {unit}, которое ему не подчинено. Весь пакет отклонён.</translation>
    </message>
    <message>
        <source>The unit {unit} is not below {council}; its packages are not imported here.</source>
        <translation>Подразделение {unit} не подчинено {council}; его пакеты здесь не импортируются.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} was made before a package of that unit already imported here. It was refused as a replayed copy.</source>
        <translation>Пакет {unit} за {period} создан раньше пакета этого подразделения, уже импортированного здесь. Он отклонён как повторно присланная копия.</translation>
    </message>
    <message>
        <source>The package of {unit} is for {period}, a month that is not over yet. It was refused.</source>
        <translation>Пакет {unit} относится к месяцу {period}, который ещё не закончился. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} has revision {revision}; a month has at most {limit} revisions. It was refused.</source>
        <translation>Пакет {unit} за {period} имеет редакцию {revision}; у месяца может быть не больше {limit} редакций. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} says it was completed before the month was over. It was refused.</source>
        <translation>В пакете {unit} за {period} указано, что месяц закрыт до его окончания. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package of {unit} for {period} says it was completed on a day still to come. It was refused.</source>
        <translation>В пакете {unit} за {period} указано, что месяц закрыт днём, который ещё не наступил. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The council {council} forwarded more than one package of unit {unit}. The whole file was refused.</source>
        <translation>Совет {council} переслал больше одного пакета подразделения {unit}. Весь файл отклонён.</translation>
    </message>
    <message>
        <source>The program refused this: {detail}</source>
        <translation>Программа отклонила это действие: {detail}</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>Month to send</source>
        <translation>Месяц для отправки</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>&amp;Check the month</source>
        <translation>&amp;Проверить месяц</translation>
    </message>
    <message>
        <source>Look for what is missing in the register for this month before it is sent</source>
        <translation>Проверить, чего не хватает в реестре за этот месяц, перед отправкой</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Что нашла проверка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дел</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <source>Package for the council</source>
        <translation>Пакет для совета</translation>
    </message>
    <message>
        <source>&amp;Prepare package…</source>
        <translation>&amp;Подготовить пакет…</translation>
    </message>
    <message>
        <source>Mark the month complete and write its package, signed and encrypted for the council, into a folder you choose (a USB stick is a folder too)</source>
        <translation>Отметить месяц завершённым и записать его пакет, подписанный и зашифрованный для совета, в выбранную папку (USB-флешка — тоже папка)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>Отправленные пакеты</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Подготовлен</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультаций</translation>
    </message>
    <message>
        <source>Receipt from the council</source>
        <translation>Квитанция совета</translation>
    </message>
    <message>
        <source>No package has been prepared here yet. Once the first month is sent, each package is listed here with what the council&apos;s receipt says.</source>
        <translation>Здесь ещё не подготовлено ни одного пакета. После отправки первого месяца каждый пакет будет показан здесь вместе с тем, что сказано в квитанции совета.</translation>
    </message>
    <message>
        <source>{month}: press Check the month to see whether the register is ready to send.</source>
        <translation>{month}: нажмите «Проверить месяц», чтобы узнать, готов ли реестр к отправке.</translation>
    </message>
    <message>
        <source>{month} was already sent as revision {sent}. Preparing it again sends a correction (revision {next}) that replaces the earlier one at the council.</source>
        <translation>{month} уже отправлен как редакция {sent}. Повторная подготовка отправит исправление (редакция {next}), которое заменит прежнюю в совете.</translation>
    </message>
    <message>
        <source>{month} has not been sent yet.</source>
        <translation>{month} ещё не отправлен.</translation>
    </message>
    <message>
        <source>Choose the month and press Check the month. What looks wrong is listed here.</source>
        <translation>Выберите месяц и нажмите «Проверить месяц». Всё, что выглядит неверным, появится здесь.</translation>
    </message>
    <message>
        <source>The checks found nothing wrong: {month} is ready to send.</source>
        <translation>Проверка ничего не нашла: {month} готов к отправке.</translation>
    </message>
    <message>
        <source>(and {more} more)</source>
        <translation>(и ещё {more})</translation>
    </message>
    <message>
        <source>No package prepared in this session.</source>
        <translation>В этом сеансе пакет не готовился.</translation>
    </message>
    <message>
        <source>Written: {file}
Month {month}, revision {revision}; {cases} case rows, {consultations} consultation rows.</source>
        <translation>Записано: {file}
Месяц: {month}, редакция {revision}; строк дел — {cases}, строк консультаций — {consultations}.</translation>
    </message>
    <message>
        <source>Packages of the units below carried along: {count}.</source>
        <translation>Вложено пакетов подчинённых подразделений: {count}.</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Квитанции ещё нет</translation>
    </message>
    <message>
        <source>This installation has no exchange keys yet.</source>
        <translation>У этой установки ещё нет ключей обмена.</translation>
    </message>
    <message>
        <source>No directory of units is installed yet.</source>
        <translation>Справочник подразделений ещё не установлен.</translation>
    </message>
    <message>
        <source>See the section Keys and directory.</source>
        <translation>См. раздел «Ключи и справочник».</translation>
    </message>
    <message>
        <source>Folder for the package (a USB stick is a folder too)</source>
        <translation>Папка для пакета (USB-флешка — тоже папка)</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys to sign the package of {month}.</source>
        <translation>Введите парольную фразу ключей обмена, чтобы подписать пакет за {month}.</translation>
    </message>
    <message>
        <source>Send the month with its problems?</source>
        <translation>Отправить месяц вместе с проблемами?</translation>
    </message>
    <message>
        <source>The checks found problems in the register for this month. It is better to correct them first and check again. Send the month as it is?</source>
        <translation>Проверка нашла проблемы в реестре за этот месяц. Лучше сначала исправить их и проверить снова. Отправить месяц как есть?</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Create the exchange keys</source>
        <translation>Создание ключей обмена</translation>
    </message>
    <message>
        <source>The keys sign this unit&apos;s monthly packages and open the packages sent to it. Choose a passphrase of at least {count} characters, for example a short sentence, and keep it where the head of the unit can find it: without it no package can be prepared, and it cannot be recovered.</source>
        <translation>Ключи подписывают ежемесячные пакеты этого подразделения и открывают присланные ему пакеты. Выберите парольную фразу не короче {count} символов, например короткое предложение, и храните её там, где её найдёт руководитель подразделения: без неё нельзя подготовить пакет, а восстановить её невозможно.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Парольная фраза &amp;ещё раз:</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>Uni&amp;t</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message>
        <source>&amp;Mediator record</source>
        <translation>Запись в реестре &amp;медиаторов</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Паро&amp;ль</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>П&amp;овтор пароля</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. a.sarsenova</source>
        <translation>Латинские буквы и цифры, например a.sarsenova</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits</source>
        <translation>Не менее 8 символов: буквы и цифры</translation>
    </message>
    <message>
        <source>Links a mediator&apos;s account to their record in the register</source>
        <translation>Связывает учётную запись медиатора с его записью в реестре</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>How to import</source>
        <translation>Как импортировать</translation>
    </message>
    <message>
        <source>The unit the cases belong to, and what to do with rows that have problems.</source>
        <translation>К какому подразделению относятся дела и что делать со строками с ошибками.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>The centre holds every person&apos;s written &amp;consent to personal data processing</source>
        <translation>В центре хранится письменное &amp;согласие каждого человека на обработку персональных данных</translation>
    </message>
    <message>
        <source>The law allows a person&apos;s name and IIN to be kept only with their consent. Tick this only if the signed consents are on file; they are recorded as given on the intake date. Without it, rows that name a person are listed as problems.</source>
        <translation>По закону имя и ИИН человека можно хранить только с его согласия. Отметьте этот пункт, только если подписанные согласия хранятся в делах: они будут записаны как данные в день приёма обращения. Без отметки строки, где назван человек, будут показаны как ошибочные.</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Строки с ошибками:</translation>
    </message>
    <message>
        <source>&amp;Import nothing until every row is correct</source>
        <translation>Ничего не &amp;импортировать, пока все строки не будут верны</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and leave out the rows with problems</source>
        <translation>Импортировать &amp;верные строки, а строки с ошибками пропустить</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>Записать результат</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;Why it ended</source>
        <translation>&amp;Причина завершения</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>При&amp;мечание</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Дата завершения</translation>
    </message>
    <message>
        <source>Required for “Other grounds”</source>
        <translation>Обязательно, если выбрано «Иные основания»</translation>
    </message>
    <message>
        <source>The case goes to follow-up: its obligations are checked before it is closed.</source>
        <translation>Дело переходит к контролю исполнения: перед закрытием проверяется исполнение его обязательств.</translation>
    </message>
    <message>
        <source>The case is closed with this outcome.</source>
        <translation>Дело закрывается с этим результатом.</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Why it ended:</source>
        <translation>Причина завершения:</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Дата завершения:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Дата закрытия:</translation>
    </message>
    <message>
        <source>Record the &amp;outcome…</source>
        <translation>Записать &amp;результат…</translation>
    </message>
    <message>
        <source>Re&amp;fuse at intake…</source>
        <translation>&amp;Отказать при приёме…</translation>
    </message>
    <message>
        <source>For disputes the law excludes: third persons&apos; rights, a party declared incapable, corruption.</source>
        <translation>Для споров, исключённых законом: затронуты права третьих лиц, сторона признана недееспособной, коррупция.</translation>
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
        <translation>ещё не записан</translation>
    </message>
    <message>
        <source>Before a mediation agreement a case can only end as terminated (e.g. the other side refused) or referred elsewhere.</source>
        <translation>До подписания договора о медиации дело может завершиться только прекращением (например, другая сторона отказалась) или направлением в другой орган.</translation>
    </message>
    <message>
        <source>A settled outcome needs the settlement agreement recorded first (Settlement tab).</source>
        <translation>Чтобы указать урегулирование спора, сначала запишите соглашение об урегулировании спора (вкладка «Соглашение»).</translation>
    </message>
    <message>
        <source>Settled. Check the obligations on the Settlement tab, then close the case.</source>
        <translation>Спор урегулирован. Проверьте обязательства на вкладке «Соглашение», затем закройте дело.</translation>
    </message>
    <message>
        <source>The case is closed; its record can no longer change.</source>
        <translation>Дело закрыто; его данные больше нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>A mediation agreement needs an applicant and a respondent. Personal data is kept only with consent.</source>
        <translation>Для договора о медиации нужны заявитель и ответчик. Персональные данные хранятся только с согласия.</translation>
    </message>
    <message>
        <source>&amp;Add a party…</source>
        <translation>&amp;Добавить сторону…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО / наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation>Пол, возраст</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>(name not kept: no consent)</source>
        <translation>(имя не хранится: нет согласия)</translation>
    </message>
    <message>
        <source>Given {date}</source>
        <translation>Дано {date}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не дано</translation>
    </message>
    <message>
        <source>No parties yet. Press “Add a party…” to record the applicant first.</source>
        <translation>Сторон пока нет. Нажмите «Добавить сторону…» и сначала запишите заявителя.</translation>
    </message>
    <message>
        <source>Remove {name} ({role}) from this case?</source>
        <translation>Удалить из этого дела: {name} ({role})?</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add a party</source>
        <translation>Добавить сторону</translation>
    </message>
    <message>
        <source>Party&apos;s details</source>
        <translation>Данные стороны</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Consent to personal-data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Name and number</source>
        <translation>Имя и ИИН / БИН</translation>
    </message>
    <message>
        <source>For the reports</source>
        <translation>Для отчётов</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>&amp;Role in the case</source>
        <translation>&amp;Роль в деле</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>The party &amp;consented</source>
        <translation>Сторона дала &amp;согласие</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>&amp;дата</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>Number of &amp;people</source>
        <translation>&amp;Количество человек</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>Возрастная &amp;группа</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Ethnicity (optional)</source>
        <translation>&amp;Этническая принадлежность (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Эл. по&amp;чта</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>May stay blank</source>
        <translation>Можно не заполнять</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <source>Without the party&apos;s consent the law allows only sex, age group and language to be kept. Tick the consent to enter the name, IIN and contacts.</source>
        <translation>Без согласия стороны закон позволяет хранить только пол, возрастную группу и язык. Отметьте согласие, чтобы ввести имя, ИИН и контакты.</translation>
    </message>
    <message>
        <source>Personal data is kept with the consent recorded here.</source>
        <translation>Персональные данные хранятся на основании согласия, записанного здесь.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the exchange keys</source>
        <translation>Парольная фраза ключей обмена</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Type the passphrase of the exchange keys.</source>
        <translation>Введите парольную фразу ключей обмена.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Tell it to them in person.</source>
        <translation>Новый пароль для пользователя {name} ({username}). Сообщите его пользователю лично.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Новый &amp;пароль</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>П&amp;овтор пароля</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window</source>
        <translation>Показать страницы по ширине окна</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the pages at the size they are printed</source>
        <translation>Показать страницы в том размере, в котором они печатаются</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Страниц: {count}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>The last day ({end}) is before the first day ({start}). Choose a last day on or after the first day.</source>
        <translation>Последний день ({end}) раньше первого ({start}). Выберите последний день не раньше первого.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>From one date to another</source>
        <translation>Диапазон дат</translation>
    </message>
    <message>
        <source>{roman} quarter</source>
        <translation>{roman} квартал</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Последний день периода (включительно)</translation>
    </message>
    <message>
        <source>From {start} to {end}, both included.</source>
        <translation>С {start} по {end} включительно.</translation>
    </message>
    <message>
        <source>The period is not over yet: the figures are as of today.</source>
        <translation>Период ещё не закончился: показатели даются на сегодняшний день.</translation>
    </message>
</context>
<context>
    <name>PlainDatabaseNotice</name>
    <message>
        <source>Not encrypted</source>
        <translation>Не зашифрована</translation>
    </message>
    <message>
        <source>The database file is not encrypted: whoever takes this computer can read it. An administrator can encrypt it in Settings.</source>
        <translation>Файл базы данных не зашифрован: любой, кто получит этот компьютер, сможет его прочитать. Администратор может зашифровать его в разделе «Настройки».</translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>PRACTICE: made-up cases</source>
        <translation>УЧЕБНАЯ БАЗА: вымышленные дела</translation>
    </message>
    <message>
        <source>This is the practice database: its cases and people are made up, for learning the program. Real cases go into the real database (the ordinary Tatulyq shortcut).</source>
        <translation>Это учебная база данных: дела и люди в ней вымышлены, для освоения программы. Настоящие дела вносятся в рабочую базу (обычный ярлык Tatulyq).</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Учебная база</translation>
    </message>
    <message>
        <source>A place to try the program without touching real cases.</source>
        <translation>Место, где можно опробовать программу, не затрагивая настоящих дел.</translation>
    </message>
    <message>
        <source>The practice database is separate from the real one and holds about {count} made-up cases of several units, with mediators, sessions and agreements. Nothing in it reaches the real register, its reports or the monthly exchange, and its window says PRACTICE. You sign in to it with the same user name and password.</source>
        <translation>Учебная база данных отделена от рабочей и содержит около {count} вымышленных дел нескольких подразделений, с медиаторами, встречами и соглашениями. Ничто из неё не попадает в настоящий реестр, его отчёты или ежемесячный обмен, а в её окне написано УЧЕБНАЯ БАЗА. Вход в неё — с теми же именем пользователя и паролем.</translation>
    </message>
    <message>
        <source>Make a practice database with made-up cases</source>
        <translation>Создать учебную базу данных с вымышленными делами</translation>
    </message>
    <message>
        <source>A practice database is already there: {folder}. It is kept.</source>
        <translation>Учебная база данных уже есть: {folder}. Она сохраняется.</translation>
    </message>
    <message>
        <source>It will be in {folder}.</source>
        <translation>Она будет здесь: {folder}.</translation>
    </message>
</context>
<context>
    <name>RecoverAccessDialog</name>
    <message>
        <source>Tatulyq: set a new password with the recovery key</source>
        <translation>Tatulyq: новый пароль с помощью ключа восстановления</translation>
    </message>
    <message>
        <source>Type the recovery key shown when the database was set up or encrypted, the user name and a new password for that user.</source>
        <translation>Введите ключ восстановления, показанный при настройке или шифровании базы данных, имя пользователя и новый пароль для него.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Повторите новый пароль</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Tatulyq: recovery key</source>
        <translation>Tatulyq: ключ восстановления</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it, and its backups, when a password is forgotten or the key file is lost. It is shown only now: print it or write it down, and keep it locked away from the computer. Whoever holds it can read the database.</source>
        <translation>База данных зашифрована. Этот ключ восстановления открывает её и её резервные копии, если пароль забыт или файл ключей потерян. Он показывается только сейчас: распечатайте или запишите его и храните под замком отдельно от компьютера. Любой, у кого есть этот ключ, может прочитать базу данных.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key</source>
        <translation>Я распечатал(а) или сохранил(а) ключ восстановления</translation>
    </message>
    <message>
        <source>Tatulyq: the recovery key of the database</source>
        <translation>Tatulyq: ключ восстановления базы данных</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>Made on: {day}</source>
        <translation>Дата создания: {day}</translation>
    </message>
    <message>
        <source>Keep this locked away from the computer: whoever holds it can read the database. It opens the database when a password is forgotten: Forgot your password? on the sign-in window, or tatulyq db recover.</source>
        <translation>Храните это под замком отдельно от компьютера: любой, у кого оно есть, может прочитать базу данных. Если пароль забыт, ключ открывает базу данных: ссылка «Забыли пароль?» в окне входа или команда tatulyq db recover.</translation>
    </message>
    <message>
        <source>Tatulyq recovery key</source>
        <translation>Ключ восстановления Tatulyq</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Сохранение ключа восстановления</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse at intake</source>
        <translation>Отказ при приёме</translation>
    </message>
    <message>
        <source>The law does not allow this dispute to be mediated. The case is closed.</source>
        <translation>Закон не допускает медиацию по этому спору. Дело закрывается.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>При&amp;мечание</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>No cases were received in this period.</source>
        <translation>В этом периоде дела не поступали.</translation>
    </message>
    <message>
        <source>No mediation ended in this period.</source>
        <translation>В этом периоде ни одна медиация не завершилась.</translation>
    </message>
    <message>
        <source>No cases in the last twelve months.</source>
        <translation>За последние двенадцать месяцев дел не было.</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Поступило дел</translation>
    </message>
    <message>
        <source>Mediations ended</source>
        <translation>Завершено медиаций</translation>
    </message>
    <message>
        <source>of which settled</source>
        <translation>из них урегулировано</translation>
    </message>
    <message>
        <source>No signal is raised.</source>
        <translation>Ни один сигнал не поднят.</translation>
    </message>
    <message>
        <source>Expected from the place&apos;s own previous months</source>
        <translation>Ожидаемое по предыдущим месяцам этого места</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Republican mediation council</source>
        <translation>Республиканский совет медиации</translation>
    </message>
    <message>
        <source>Regional mediation council</source>
        <translation>Региональный совет медиации</translation>
    </message>
    <message>
        <source>Mediation centre</source>
        <translation>Центр медиации</translation>
    </message>
    <message>
        <source>House of Friendship</source>
        <translation>Дом дружбы</translation>
    </message>
    <message>
        <source>District assembly</source>
        <translation>Районная ассамблея</translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation>Профессиональный медиатор</translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation>Общественный медиатор</translation>
    </message>
    <message>
        <source>Ethnomediator</source>
        <translation>Этномедиатор</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейный</translation>
    </message>
    <message>
        <source>Neighbours and household</source>
        <translation>Соседский и бытовой</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Трудовой</translation>
    </message>
    <message>
        <source>Property and land</source>
        <translation>Имущественный и земельный</translation>
    </message>
    <message>
        <source>Debt and consumer</source>
        <translation>Долговой и потребительский</translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation>Жилищно-коммунальный</translation>
    </message>
    <message>
        <source>School and youth</source>
        <translation>Школьный и молодёжный</translation>
    </message>
    <message>
        <source>Citizen and local authority</source>
        <translation>Гражданин и местная власть</translation>
    </message>
    <message>
        <source>Religious or interfaith</source>
        <translation>Религиозный или межконфессиональный</translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation>Общественный или групповой</translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation>Другой спор</translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation>Урегулировано полностью</translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation>Урегулировано частично</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Не урегулировано</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Referred to a state body or court</source>
        <translation>Направлено в государственный орган или суд</translation>
    </message>
    <message>
        <source>Settlement agreement signed</source>
        <translation>Подписано соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>A party refused in writing</source>
        <translation>Письменный отказ стороны</translation>
    </message>
    <message>
        <source>A party withdrew</source>
        <translation>Сторона вышла из медиации</translation>
    </message>
    <message>
        <source>A party did not appear</source>
        <translation>Сторона не явилась</translation>
    </message>
    <message>
        <source>The mediator found further effort futile</source>
        <translation>Отказ медиатора: дальнейшая медиация бесперспективна</translation>
    </message>
    <message>
        <source>The term ran out</source>
        <translation>Истёк срок медиации</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлено в другую организацию</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Иные основания</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Самостоятельное обращение</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Ethnocultural association</source>
        <translation>Этнокультурное объединение</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Inter-ethnic dimension</source>
        <translation>Межэтнический аспект</translation>
    </message>
    <message>
        <source>Group dispute (many people)</source>
        <translation>Групповой спор (много участников)</translation>
    </message>
    <message>
        <source>Minors involved</source>
        <translation>Затронуты несовершеннолетние</translation>
    </message>
    <message>
        <source>High risk of escalation</source>
        <translation>Высокий риск эскалации</translation>
    </message>
    <message>
        <source>Recurrence of an earlier dispute</source>
        <translation>Повторение прежнего спора</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
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
        <translation>60 и старше</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <source>Resolved at consultation</source>
        <translation>Решено на консультации</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Даны разъяснения</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Направлено на медиацию</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Исполнено частично</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year} г.</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>{quarter} квартал {year} г.</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>{year} год</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Made {time}</source>
        <translation>Сформирован {time}</translation>
    </message>
    <message>
        <source>data fingerprint {code}</source>
        <translation>контрольный код данных {code}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cases received by category</source>
        <translation>Поступившие дела по категориям</translation>
    </message>
    <message>
        <source>Outcomes of the mediations ended</source>
        <translation>Итоги завершённых медиаций</translation>
    </message>
    <message>
        <source>Cases received and mediations ended, last twelve months</source>
        <translation>Поступившие дела и завершённые медиации за последние двенадцать месяцев</translation>
    </message>
    <message>
        <source>Early warning signals: the last twelve months</source>
        <translation>Сигналы раннего предупреждения: последние двенадцать месяцев</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Как считаются показатели</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Made; data fingerprint</source>
        <translation>Сформирован; контрольный код</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил(а)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил(а)</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(Ф. И. О.)</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <source>(date)</source>
        <translation>(дата)</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Monthly report</source>
        <translation>Ежемесячный отчёт</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>Квартальный отчёт</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Годовой отчёт</translation>
    </message>
    <message>
        <source>Report for the period</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <source>Assembly of People of Kazakhstan</source>
        <translation>Ассамблея народа Казахстана</translation>
    </message>
    <message>
        <source>Mediation service</source>
        <translation>Служба медиации</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Поступило дел</translation>
    </message>
    <message>
        <source>Carried over from before the period</source>
        <translation>Перешло с прошлого периода</translation>
    </message>
    <message>
        <source>Cases in mediation during the period</source>
        <translation>Дел в медиации за период</translation>
    </message>
    <message>
        <source>Mediations ended</source>
        <translation>Завершено медиаций</translation>
    </message>
    <message>
        <source>of which settled in full or in part</source>
        <translation>из них урегулировано полностью или частично</translation>
    </message>
    <message>
        <source>Settlement rate</source>
        <translation>Доля урегулирования</translation>
    </message>
    <message>
        <source>Obligations kept at follow-up</source>
        <translation>Доля исполненных обязательств</translation>
    </message>
    <message>
        <source>Median days from intake to the end of mediation</source>
        <translation>Медиана дней от приёма до завершения медиации</translation>
    </message>
    <message>
        <source>Ended within the term</source>
        <translation>Завершено в срок</translation>
    </message>
    <message>
        <source>Case files closed</source>
        <translation>Закрыто дел</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Отказано при приёме</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Открытых дел на конец периода</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>из них просрочено</translation>
    </message>
    <message>
        <source>Extensions of the term</source>
        <translation>Продлений срока</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>Active mediators</source>
        <translation>Активных медиаторов</translation>
    </message>
    <message>
        <source>Cases per active mediator</source>
        <translation>Дел на одного активного медиатора</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Проведено проверок исполнения</translation>
    </message>
    <message>
        <source>Parties&apos; satisfaction, mean score (1-5)</source>
        <translation>Удовлетворённость сторон, средняя оценка (1-5)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Settlement rate = mediations settled in full or in part ÷ mediations ended in the period; this period: {settled} ÷ {ended}.</source>
        <translation>Доля урегулирования = медиации, урегулированные полностью или частично ÷ медиации, завершённые в периоде; за этот период: {settled} ÷ {ended}.</translation>
    </message>
    <message>
        <source>Obligations kept = obligations of settlement agreements kept in full ÷ obligations due in the period; this period: {kept} ÷ {due}.</source>
        <translation>Доля исполненных обязательств = обязательства по соглашениям об урегулировании спора, исполненные полностью ÷ обязательства со сроком исполнения в периоде; за этот период: {kept} ÷ {due}.</translation>
    </message>
    <message>
        <source>Median days: from intake to the end of mediation, over the mediations ended in the period. Ended within the term = ended on or before the deadline ÷ mediations ended that had a mediation agreement; this period: {within} ÷ {under}.</source>
        <translation>Медиана дней: от приёма до завершения медиации, по медиациям, завершённым в периоде. Завершено в срок = завершённые не позднее срока ÷ завершённые медиации, по которым был заключён договор о медиации; за этот период: {within} ÷ {under}.</translation>
    </message>
    <message>
        <source>Carried over: received before the period and still open on its first day. Open at the end: received by the last day and neither closed nor refused on it; overdue: of those, under a mediation agreement whose term has passed.</source>
        <translation>Перешло с прошлого периода: дела, поступившие до начала периода и не закрытые на его первый день. Открытые на конец периода: поступившие до последнего дня и на этот день не закрытые и не отклонённые; просроченные: из них дела по договору о медиации с истёкшим сроком.</translation>
    </message>
    <message>
        <source>Active mediators: with at least one case in mediation during the period; cases per active mediator = cases in mediation ÷ active mediators.</source>
        <translation>Активные медиаторы: медиаторы, у которых в периоде было хотя бы одно дело в медиации; дел на одного активного медиатора = дела в медиации ÷ активные медиаторы.</translation>
    </message>
    <message>
        <source>Change: against the period named above the column; the change of a rate is in percentage points.</source>
        <translation>Изменение: по сравнению с периодом, указанным над столбцом; изменение доли — в процентных пунктах.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Outcomes of the mediations ended</source>
        <translation>Итоги завершённых медиаций</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Mediations</source>
        <translation>Медиаций</translation>
    </message>
    <message>
        <source>Share = mediations with this outcome ÷ mediations ended in the period ({ended}).</source>
        <translation>Доля = медиации с этим итогом ÷ медиации, завершённые в периоде ({ended}).</translation>
    </message>
    <message>
        <source>Grounds on which the mediations ended</source>
        <translation>Основания прекращения медиации</translation>
    </message>
    <message>
        <source>Grounds of ending</source>
        <translation>Основания прекращения</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation>Урегулировано полностью</translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation>Урегулировано частично</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Не урегулировано</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Categories of disputes: cases received and outcomes of mediations ended</source>
        <translation>Категории споров: поступившие дела и итоги завершённых медиаций</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Received: cases received in the period. Ended and the outcomes: mediations ended in the period, whenever they were received. Settlement rate = settled in full or in part ÷ ended.</source>
        <translation>Поступило: дела, поступившие в периоде. Завершено и итоги: медиации, завершённые в периоде, когда бы они ни поступили. Доля урегулирования = урегулировано полностью или частично ÷ завершено.</translation>
    </message>
    <message>
        <source>How the cases came to the service</source>
        <translation>Откуда поступили дела</translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation>Источники обращений</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Cases that need particular attention</source>
        <translation>Дела, требующие особого внимания</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>A case may carry several flags. Share = cases with the flag ÷ cases received in the period ({received}).</source>
        <translation>У одного дела может быть несколько отметок. Доля = дела с отметкой ÷ дела, поступившие в периоде ({received}).</translation>
    </message>
    <message>
        <source>Parties by sex</source>
        <translation>Стороны по полу</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Persons among the parties of the cases received in the period; organisations, groups and state bodies are not counted.</source>
        <translation>Физические лица среди сторон дел, поступивших в периоде; организации, группы и государственные органы не учитываются.</translation>
    </message>
    <message>
        <source>Parties by age group</source>
        <translation>Стороны по возрастным группам</translation>
    </message>
    <message>
        <source>Parties by age</source>
        <translation>Стороны по возрасту</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Languages of mediation</source>
        <translation>Языки медиации</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Consultations by result</source>
        <translation>Консультации по результатам</translation>
    </message>
    <message>
        <source>Consultation results</source>
        <translation>Результаты консультаций</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Consultations are counted apart from mediations: an appeal resolved at the consultation stage never becomes a case.</source>
        <translation>Консультации учитываются отдельно от медиаций: обращение, решённое на стадии консультации, не становится делом.</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>Консультации по темам</translation>
    </message>
    <message>
        <source>Consultation topics</source>
        <translation>Темы консультаций</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Obligations of settlement agreements due in the period</source>
        <translation>Обязательства по соглашениям со сроком исполнения в периоде</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>State at follow-up</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Obligations whose due date falls in the period, by what the follow-up found. Follow-ups done in the period: {follow_ups}.</source>
        <translation>Обязательства со сроком исполнения в периоде, по результату проверки исполнения. Проверок исполнения за период: {follow_ups}.</translation>
    </message>
    <message>
        <source>Parties&apos; satisfaction</source>
        <translation>Удовлетворённость сторон</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Score (5 = fully satisfied, 1 = not at all)</source>
        <translation>Оценка (5 — полностью удовлетворены, 1 — совсем нет)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Answers of the parties asked after the mediation ended; mean score {mean} over {answers} answers.</source>
        <translation>Ответы сторон, опрошенных после завершения медиации; средняя оценка {mean} по {answers} ответам.</translation>
    </message>
    <message>
        <source>Active mediators and their load</source>
        <translation>Активные медиаторы и их нагрузка</translation>
    </message>
    <message>
        <source>Mediators&apos; load</source>
        <translation>Нагрузка медиаторов</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Медиаторы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активных</translation>
    </message>
    <message>
        <source>Cases in mediation</source>
        <translation>Дел в медиации</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Урегулировано</translation>
    </message>
    <message>
        <source>Cases per mediator</source>
        <translation>Дел на медиатора</translation>
    </message>
    <message>
        <source>A case with two mediators counts for each of them, so the cases of the mediators may add up to more than the cases in mediation.</source>
        <translation>Дело с двумя медиаторами учитывается у каждого из них, поэтому сумма дел медиаторов может превышать число дел в медиации.</translation>
    </message>
    <message>
        <source>Load of each mediator</source>
        <translation>Нагрузка каждого медиатора</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No mediator had a case in mediation in this period.</source>
        <translation>В этом периоде ни у одного медиатора не было дел в медиации.</translation>
    </message>
    <message>
        <source>Units of the council</source>
        <translation>Подразделения совета</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Obligations kept</source>
        <translation>Исполнено обязательств</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана дней</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Открыто на конец</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Each row holds the unit and every unit below it. The total is the whole council, including cases registered by the council itself.</source>
        <translation>Каждая строка включает подразделение и все подразделения ниже него. Итого — весь совет, включая дела, зарегистрированные самим советом.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок сдачи</translation>
    </message>
    <message>
        <source>Units expected to report</source>
        <translation>Подразделения, обязанные отчитаться</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Отправлено в срок</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Отправлено с опозданием</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не поступило</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок ещё не наступил</translation>
    </message>
    <message>
        <source>Share sent on time</source>
        <translation>Доля отправленных в срок</translation>
    </message>
    <message>
        <source>Reporting completeness</source>
        <translation>Полнота отчётности</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Monthly packages</source>
        <translation>Ежемесячные пакеты</translation>
    </message>
    <message>
        <source>A unit below the council is expected to report a month when it was open on at least one day of it. On time: its first package for the month was completed by the day in the first row; missing: nothing has come and that day has passed. Share sent on time = sent on time ÷ (expected − not yet due).</source>
        <translation>Подразделение ниже совета обязано отчитаться за месяц, если оно работало хотя бы один день этого месяца. В срок: первый пакет подразделения за месяц подготовлен не позднее дня из первой строки; не поступило: ничего не пришло, и этот день уже прошёл. Доля отправленных в срок = отправленные в срок ÷ (обязанные отчитаться − срок ещё не наступил).</translation>
    </message>
    <message>
        <source>Units that have not reported, or reported late</source>
        <translation>Подразделения, не отчитавшиеся или отчитавшиеся с опозданием</translation>
    </message>
    <message>
        <source>Late or missing</source>
        <translation>Опоздания и пропуски</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>No unit is late or missing with its monthly package.</source>
        <translation>Нет подразделений, опоздавших с ежемесячным пакетом или не приславших его.</translation>
    </message>
    <message>
        <source>Inter-ethnic cases</source>
        <translation>Дела с межэтническим аспектом</translation>
    </message>
    <message>
        <source>Group disputes</source>
        <translation>Групповые споры</translation>
    </message>
    <message>
        <source>High-risk cases</source>
        <translation>Дела с высоким риском эскалации</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Повторные споры</translation>
    </message>
    <message>
        <source>Inter-ethnic consultations</source>
        <translation>Консультации по межэтническим спорам</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Тревога</translation>
    </message>
    <message>
        <source>Early warning signals, {month}</source>
        <translation>Сигналы раннего предупреждения, {month}</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Раннее предупреждение</translation>
    </message>
    <message>
        <source>District or unit</source>
        <translation>Район или подразделение</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Что считается</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Each district and unit is compared with its own average of the previous {months} months (Expected). Watch: a count this high would come by chance less than once in {watch} months; alert: less than once in {alert} (a one-sided Poisson test). Fewer than {minimum} cases are never a signal. Local cases and those received from the units below count alike.</source>
        <translation>Каждый район и подразделение сравнивается со своим средним за предыдущие {months} мес. (Ожидалось). Наблюдение: такое высокое число случайно встречалось бы реже одного раза за {watch} мес.; тревога: реже одного раза за {alert} мес. (односторонний критерий Пуассона). Меньше {minimum} дел никогда не дают сигнала. Собственные дела и дела, полученные от нижестоящих подразделений, считаются одинаково.</translation>
    </message>
    <message>
        <source>No district or unit is at watch or alert in {month} ({signals} signals checked).</source>
        <translation>{month}: ни один район и ни одно подразделение не на наблюдении и не в тревоге (проверено сигналов: {signals}).</translation>
    </message>
    <message>
        <source>Early warning signals: the last twelve months</source>
        <translation>Сигналы раннего предупреждения: последние двенадцать месяцев</translation>
    </message>
    <message>
        <source>Signals by month</source>
        <translation>Сигналы по месяцам</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>Последние двенадцать месяцев</translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation>Двенадцать месяцев</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>No months to show.</source>
        <translation>Нет месяцев для показа.</translation>
    </message>
    <message>
        <source>{settled} of {ended} mediations ended were settled in full or in part</source>
        <translation>{settled} из {ended} завершённых медиаций урегулированы полностью или частично</translation>
    </message>
    <message>
        <source>{kept} of {due} obligations due in the period were kept in full</source>
        <translation>{kept} из {due} обязательств со сроком в периоде исполнены полностью</translation>
    </message>
    <message>
        <source>Median days to the end</source>
        <translation>Медиана дней до завершения</translation>
    </message>
    <message>
        <source>from intake to the end of mediation; {within} of {under} ended within the term</source>
        <translation>от приёма до завершения медиации; {within} из {under} завершены в срок</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>About</source>
        <translation>Об отчёте</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Вид подразделения</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Made (local time)</source>
        <translation>Сформирован (местное время)</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Контрольный код данных</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Report to prepare</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>По&amp;дразделение:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Пер&amp;иод:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Формат файла:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Под&amp;готовил(а):</translation>
    </message>
    <message>
        <source>Appro&amp;ved by:</source>
        <translation>&amp;Утвердил(а):</translation>
    </message>
    <message>
        <source>The report counts this unit and every unit below it</source>
        <translation>В отчёт входят это подразделение и все подчинённые ему подразделения</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Язык, на котором составляется отчёт</translation>
    </message>
    <message>
        <source>PDF, to print and sign</source>
        <translation>PDF — распечатать и подписать</translation>
    </message>
    <message>
        <source>XLSX, to work on the figures</source>
        <translation>XLSX — для работы с цифрами</translation>
    </message>
    <message>
        <source>Printed under the report with a line to sign</source>
        <translation>Печатается в конце отчёта со строкой для подписи</translation>
    </message>
    <message>
        <source>Name of the head who approves the report</source>
        <translation>ФИО руководителя, утверждающего отчёт</translation>
    </message>
    <message>
        <source>Printed under the report with a line to sign; remembered on this computer</source>
        <translation>Печатается в конце отчёта со строкой для подписи; запоминается на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Подготовить</translation>
    </message>
    <message>
        <source>Make the report with these choices (Enter)</source>
        <translation>Сформировать отчёт с этими параметрами (Enter)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>No report prepared yet.

Choose the unit, the period and the language on the left, then press Prepare (Enter). The report appears here to check before you save or print it.</source>
        <translation>Отчёт ещё не подготовлен.

Выберите слева подразделение, период и язык и нажмите «Подготовить» (Enter). Отчёт появится здесь, чтобы его можно было проверить перед сохранением или печатью.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop preparing the report (Esc)</source>
        <translation>Прервать подготовку отчёта (Esc)</translation>
    </message>
    <message>
        <source>Prepared report</source>
        <translation>Подготовленный отчёт</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Save a copy of the report where you choose (Ctrl+S)</source>
        <translation>Сохранить копию отчёта в выбранное место (Ctrl+S)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Распечатать отчёт (Ctrl+P)</translation>
    </message>
    <message>
        <source>A workbook is not printed from here: prepare the PDF to print it</source>
        <translation>Файл XLSX отсюда не печатается: для печати подготовьте PDF</translation>
    </message>
    <message>
        <source>Nothing prepared yet.</source>
        <translation>Пока ничего не подготовлено.</translation>
    </message>
    <message>
        <source>Choose the unit to report on.</source>
        <translation>Выберите подразделение для отчёта.</translation>
    </message>
    <message>
        <source>Preparing the report of {unit} for {period}…</source>
        <translation>Готовится отчёт {unit} за {period}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Sent to the printer: {name}</source>
        <translation>Отправлено на печать: {name}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>What the import added. It can be undone as a whole until its cases are worked on.</source>
        <translation>Что добавил импорт. Пока с его делами не начали работать, его можно отменить целиком.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <source>The rows left out, to correct in the file and import later:</source>
        <translation>Пропущенные строки — исправьте их в файле и импортируйте позже:</translation>
    </message>
    <message>
        <source>The import was undone: {count} cases removed.</source>
        <translation>Импорт отменён: удалено дел — {count}.</translation>
    </message>
    <message>
        <source>Cases added: {count}, numbered {first} to {last}.</source>
        <translation>Добавлено дел: {count}, номера с {first} по {last}.</translation>
    </message>
    <message>
        <source>Already in the register, not added again: {count}.</source>
        <translation>Уже были в программе, повторно не добавлены: {count}.</translation>
    </message>
    <message>
        <source>Rows with problems, left out: {count}.</source>
        <translation>Строк с ошибками пропущено: {count}.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Remove the {count} cases this import added?</source>
        <translation>Удалить дела, добавленные этим импортом ({count})?</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Срок хранения закрытых дел</translation>
    </message>
    <message>
        <source>Closed cases older than the period below can be de-identified: names, IINs, contacts and notes are removed; dates, categories and outcomes stay for the reports. The preview shows what would change before anything is done.</source>
        <translation>Дела, закрытые раньше указанного ниже срока, можно обезличить: имена, ИИН, контакты и примечания удаляются; даты, категории и результаты остаются для отчётов. Предварительный просмотр покажет, что изменится, до того как что-либо будет сделано.</translation>
    </message>
    <message>
        <source>Closed more than this many &amp;years ago</source>
        <translation>Закрыты более стольких &amp;лет назад</translation>
    </message>
    <message>
        <source>&amp;Preview de-identification…</source>
        <translation>&amp;Предварительный просмотр обезличивания…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>встречи</translation>
    </message>
    <message>
        <source>settlement agreements</source>
        <translation>соглашения об урегулировании спора</translation>
    </message>
    <message>
        <source>obligations</source>
        <translation>обязательства</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>контроль исполнения</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>продления срока</translation>
    </message>
    <message>
        <source>conflict-of-interest declarations</source>
        <translation>заявления о конфликте интересов</translation>
    </message>
    <message>
        <source>{table}: {field}</source>
        <translation>{table}: {field}</translation>
    </message>
    <message>
        <source>Cases: {numbers}</source>
        <translation>Дела: {numbers}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <source>Parties whose names, IINs and contacts go: {count}</source>
        <translation>Стороны, у которых удаляются имена, ИИН и контакты: {count}</translation>
    </message>
    <message>
        <source>Parties also in a case not due yet: their data stays for that case, and the old cases keep only an anonymous copy: {count}</source>
        <translation>Стороны, участвующие и в деле, срок которого ещё не наступил: их данные остаются для этого дела, а в старых делах остаётся только обезличенная копия: {count}</translation>
    </message>
    <message>
        <source>Done. Cases de-identified: {count} (closed before {date}).</source>
        <translation>Готово. Обезличено дел: {count} (закрытых до {date}).</translation>
    </message>
    <message>
        <source>Cases closed before {date} (more than {years} years ago) that still hold personal data: {count}. This is what de-identification would remove; nothing has changed yet.</source>
        <translation>Дела, закрытые до {date} (более {years} лет назад), в которых ещё есть персональные данные: {count}. Вот что удалит обезличивание; пока ничего не изменено.</translation>
    </message>
    <message>
        <source>Values removed: {count}</source>
        <translation>Удаляемых значений: {count}</translation>
    </message>
    <message>
        <source>Audit entries whose personal values are replaced by “removed”: {count}</source>
        <translation>Записи аудита, в которых персональные значения заменяются на «удалено»: {count}</translation>
    </message>
    <message>
        <source>Dates, categories, outcomes, flags, sex and age groups stay: the reports do not change.</source>
        <translation>Даты, категории, результаты, признаки, пол и возрастные группы сохраняются: отчёты не меняются.</translation>
    </message>
    <message>
        <source>De-identify old closed cases</source>
        <translation>Обезличивание старых закрытых дел</translation>
    </message>
    <message>
        <source>No case closed before {date} holds personal data any more: nothing to do.</source>
        <translation>Ни в одном деле, закрытом до {date}, персональных данных больше нет: делать нечего.</translation>
    </message>
    <message>
        <source>&amp;De-identify now</source>
        <translation>&amp;Обезличить сейчас</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The rows are checked once more and written as one import.</source>
        <translation>Строки проверяются ещё раз и записываются одним импортом.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the import: nothing will be written</source>
        <translation>Остановить импорт: ничего не будет записано</translation>
    </message>
    <message>
        <source>Importing… The window can stay open; this may take a minute.</source>
        <translation>Идёт импорт… Окно можно не закрывать; это может занять минуту.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Импорт остановлен. Ничего не записано.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>Импорт не удался. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>SessionBlock</name>
    <message>
        <source>Case {number}</source>
        <translation>Дело № {number}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <source>Mediator: {name}</source>
        <translation>Медиатор: {name}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть дело.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Записать встречу</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Время начала</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Продолжительность</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>Медиа&amp;тор</translation>
    </message>
    <message>
        <source>Who &amp;came</source>
        <translation>&amp;Кто присутствовал</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>e.g. House of Friendship, room 2</source>
        <translation>например, Дом дружбы, кабинет 2</translation>
    </message>
    <message>
        <source>Only what the record needs; what the parties said in mediation stays confidential.</source>
        <translation>Только то, что нужно для учёта; сказанное сторонами в ходе медиации остаётся конфиденциальным.</translation>
    </message>
    <message>
        <source>A planned session may lie up to a year ahead.</source>
        <translation>Запланированную встречу можно назначить не более чем на год вперёд.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Записать встречу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
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
        <translation>Встреч пока нет. После каждой встречи нажимайте «Записать встречу…».</translation>
    </message>
    <message>
        <source>Log every session, joint or separate, with who came.</source>
        <translation>Записывайте каждую встречу, совместную или раздельную, с указанием присутствовавших.</translation>
    </message>
    <message>
        <source>The mediation has ended; its sessions can no longer change.</source>
        <translation>Медиация завершена; её встречи больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Delete the session of {date}?</source>
        <translation>Удалить встречу от {date}?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <source>Changes at once in every open window and is kept on this computer.</source>
        <translation>Меняется сразу во всех открытых окнах и сохраняется на этом компьютере.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Обычный</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Крупный</translation>
    </message>
    <message>
        <source>La&amp;rger</source>
        <translation>&amp;Ещё крупнее</translation>
    </message>
    <message>
        <source>The whole window follows at once; kept on this computer.</source>
        <translation>Всё окно меняется сразу; сохраняется на этом компьютере.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Lock the program after this many m&amp;inutes without use</source>
        <translation>Через сколько минут бездействия &amp;блокировать программу</translation>
    </message>
    <message>
        <source>Terms of the Law on Mediation</source>
        <translation>Сроки по Закону «О медиации»</translation>
    </message>
    <message>
        <source>These numbers apply to every user of this database. A case whose mediation agreement is already signed keeps the term it got.</source>
        <translation>Эти значения действуют для всех пользователей этой базы данных. Дело, по которому договор о медиации уже подписан, сохраняет полученный срок.</translation>
    </message>
    <message>
        <source>&amp;Term of mediation, days from the mediation agreement</source>
        <translation>Срок &amp;медиации, дней с подписания договора о медиации</translation>
    </message>
    <message>
        <source>Longest &amp;extension, days</source>
        <translation>Максимальное &amp;продление, дней</translation>
    </message>
    <message>
        <source>E&amp;xtensions allowed per case</source>
        <translation>&amp;Разрешено продлений на одно дело</translation>
    </message>
    <message>
        <source>Days to &amp;answer a proposal to mediate (no answer counts as refusal)</source>
        <translation>Срок ответа на предложение о проведении медиации, &amp;дней (без ответа оно считается отклонённым)</translation>
    </message>
    <message>
        <source>&amp;Warn about deadlines this many days ahead</source>
        <translation>&amp;За сколько дней предупреждать о сроках</translation>
    </message>
    <message>
        <source>&amp;Monthly report due by this day of the next month</source>
        <translation>Ежемесячный отчёт сдаётся до этого &amp;числа следующего месяца</translation>
    </message>
    <message>
        <source>Early warning: compare each place with its own previous months, how many</source>
        <translation>Раннее предупреждение: со сколькими предыдущими месяцами сравнивать каждое место</translation>
    </message>
    <message>
        <source>Early warning: fewer cases than this in a month are never a signal</source>
        <translation>Раннее предупреждение: меньшее число дел за месяц никогда не даёт сигнала</translation>
    </message>
    <message>
        <source>Early warning: watch when a count this high would come by chance once in</source>
        <translation>Раннее предупреждение: наблюдение, если такое число случайно бывает один раз из</translation>
    </message>
    <message>
        <source>Early warning: alert when a count this high would come by chance once in</source>
        <translation>Раннее предупреждение: тревога, если такое число случайно бывает один раз из</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the terms for every user of this database (Ctrl+S)</source>
        <translation>Сохранить сроки для всех пользователей этой базы данных (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <source>Show the saved numbers again</source>
        <translation>Снова показать сохранённые значения</translation>
    </message>
    <message>
        <source>Law&apos;s &amp;defaults</source>
        <translation>&amp;Вернуть значения по закону</translation>
    </message>
    <message>
        <source>Fill in the numbers of the law as the program knows them; Save keeps them</source>
        <translation>Заполнить поля значениями из закона, известными программе; чтобы применить их, нажмите «Сохранить»</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Add users, set a new password for somebody who forgot theirs, switch accounts off or on.</source>
        <translation>Добавление пользователей, новый пароль для тех, кто забыл свой, отключение и включение учётных записей.</translation>
    </message>
    <message>
        <source>Mana&amp;ge users…</source>
        <translation>&amp;Управление пользователями…</translation>
    </message>
    <message>
        <source>Part of the program is not translated into this language yet and stays in English.</source>
        <translation>Часть программы ещё не переведена на этот язык и показывается на английском.</translation>
    </message>
    <message>
        <source>The program will lock after {minutes} min without use.</source>
        <translation>Программа будет заблокирована после {minutes} мин бездействия.</translation>
    </message>
    <message>
        <source>The terms are saved.</source>
        <translation>Сроки сохранены.</translation>
    </message>
    <message>
        <source>Unsaved terms</source>
        <translation>Несохранённые сроки</translation>
    </message>
    <message>
        <source>The terms of the law were changed but not saved. Save them now?</source>
        <translation>Сроки по закону изменены, но не сохранены. Сохранить их сейчас?</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Settlement agreement</source>
        <translation>Соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>Name each obligation: who does what, by when. Each is followed up until it is kept; an agreement not kept voluntarily can be enforced by a court.</source>
        <translation>Укажите каждое обязательство: кто, что и до какого срока делает. Исполнение каждого обязательства контролируется до его выполнения; соглашение, не исполненное добровольно, может быть исполнено принудительно через суд.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Дата подписания</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Предмет</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>&amp;Who, what, by when</source>
        <translation>&amp;Кто, что, до какого срока</translation>
    </message>
    <message>
        <source>Signed copies were exchanged by &amp;e-mail</source>
        <translation>Подписанные экземпляры переданы по &amp;эл. почте</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Add &amp;obligation</source>
        <translation>Добавить &amp;обязательство</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>No obligation yet: fill in the line below and press “Add obligation”.</source>
        <translation>Обязательств пока нет: заполните строку ниже и нажмите «Добавить обязательство».</translation>
    </message>
</context>
<context>
    <name>SettlementTab</name>
    <message>
        <source>Settlement agreement</source>
        <translation>Соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <source>&amp;Record the settlement agreement…</source>
        <translation>Записать &amp;соглашение об урегулировании спора…</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Проверки исполнения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>Record a &amp;follow-up…</source>
        <translation>Записать &amp;проверку исполнения…</translation>
    </message>
    <message>
        <source>&amp;Close after follow-up…</source>
        <translation>&amp;Закрыть дело после проверки…</translation>
    </message>
    <message>
        <source>{date} (signed copies exchanged by e-mail)</source>
        <translation>{date} (подписанные экземпляры переданы по эл. почте)</translation>
    </message>
    <message>
        <source>When the parties settle, record their signed agreement and its obligations.</source>
        <translation>Когда стороны урегулируют спор, запишите подписанное ими соглашение и его обязательства.</translation>
    </message>
    <message>
        <source>A settlement agreement is recorded while the case is in mediation.</source>
        <translation>Соглашение об урегулировании спора записывается, пока по делу идёт медиация.</translation>
    </message>
    <message>
        <source>Check each obligation at a follow-up until it is kept.</source>
        <translation>Проверяйте каждое обязательство при контроле исполнения, пока оно не будет исполнено.</translation>
    </message>
    <message numerus="yes">
        <source>{count} obligation(s) not checked yet: record a follow-up for them, then close the case.</source>
        <translation>
            <numerusform>Не проверено обязательств: {count}. Запишите по ним проверку исполнения, затем закройте дело.</numerusform>
            <numerusform>Не проверено обязательств: {count}. Запишите по ним проверку исполнения, затем закройте дело.</numerusform>
            <numerusform>Не проверено обязательств: {count}. Запишите по ним проверку исполнения, затем закройте дело.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every obligation has been checked: the case can be closed.</source>
        <translation>Все обязательства проверены: дело можно закрыть.</translation>
    </message>
    <message>
        <source>No obligations recorded.</source>
        <translation>Обязательства не записаны.</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>Проверок исполнения пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>{count} obligation(s) not checked yet.</source>
        <translation>
            <numerusform>Не проверено обязательств: {count}.</numerusform>
            <numerusform>Не проверено обязательств: {count}.</numerusform>
            <numerusform>Не проверено обязательств: {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Дата закрытия</translation>
    </message>
    <message>
        <source>Every obligation has been checked. After closing, the case can no longer change.</source>
        <translation>Все обязательства проверены. После закрытия дело больше нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Tatulyq: first start</source>
        <translation>Tatulyq: первый запуск</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the mediation agreement</source>
        <translation>Подписание договора о медиации</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>Дата &amp;подписания</translation>
    </message>
    <message>
        <source>Mediation starts on this day and should end by {date} ({days} days).</source>
        <translation>Медиация начинается в этот день и должна завершиться до {date} (дней: {days}).</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Раннее предупреждение</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Тревога</translation>
    </message>
    <message>
        <source>Disputes with an inter-ethnic dimension</source>
        <translation>Споры с межэтническим аспектом</translation>
    </message>
    <message>
        <source>Group disputes</source>
        <translation>Групповые споры</translation>
    </message>
    <message>
        <source>High risk of escalation</source>
        <translation>Высокий риск эскалации</translation>
    </message>
    <message>
        <source>Recurrences of earlier disputes</source>
        <translation>Повторение прежних споров</translation>
    </message>
    <message>
        <source>Consultations on inter-ethnic disputes</source>
        <translation>Консультации по межэтническим спорам</translation>
    </message>
    <message>
        <source>Early warning: {unit}</source>
        <translation>Раннее предупреждение: {unit}</translation>
    </message>
    <message>
        <source>&amp;Signals by:</source>
        <translation>&amp;Сигналы по:</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделям</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>&amp;All regions</source>
        <translation>&amp;Все регионы</translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation>Карта регионов</translation>
    </message>
    <message>
        <source>no cases with these marks</source>
        <translation>нет дел с такими отметками</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>expected (the place&apos;s own baseline)</source>
        <translation>ожидаемое (обычный уровень этого места)</translation>
    </message>
    <message>
        <source>Choose a signal in the list to see its trend.</source>
        <translation>Выберите сигнал в списке, чтобы увидеть его динамику.</translation>
    </message>
    <message>
        <source>Each place is compared with its own previous {months} months. Watch: a count this high would come by chance less than once in {watch}; alert: less than once in {alert}. Fewer than {minimum} is never a signal.</source>
        <translation>Каждое место сравнивается с его собственными предыдущими {months} мес. Наблюдение: такое высокое число случайно бывает реже одного раза из {watch}; тревога: реже одного раза из {alert}. Меньше {minimum} — никогда не сигнал.</translation>
    </message>
    <message>
        <source>Showing: {region}</source>
        <translation>Показано: {region}</translation>
    </message>
    <message>
        <source>Showing: all regions. Click a region to see only its signals.</source>
        <translation>Показаны все регионы. Щёлкните регион, чтобы увидеть только его сигналы.</translation>
    </message>
    <message>
        <source>Watches and alerts</source>
        <translation>Наблюдения и тревоги</translation>
    </message>
    <message>
        <source>Counting the signals…</source>
        <translation>Сигналы подсчитываются…</translation>
    </message>
    <message>
        <source>No case or consultation with these marks in {period} or the {months} months before it.</source>
        <translation>{period} и {months} мес. до него: нет ни дел, ни консультаций с такими отметками.</translation>
    </message>
    <message>
        <source>No watch or alert in {region} for {period}.</source>
        <translation>{region} — {period}: нет ни наблюдений, ни тревог.</translation>
    </message>
    <message>
        <source>No watch or alert for {period}: every place is within its usual range.</source>
        <translation>{period}: нет ни наблюдений, ни тревог — везде в пределах обычного.</translation>
    </message>
    <message>
        <source>Watches and alerts ({count})</source>
        <translation>Наблюдения и тревоги ({count})</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <source>Behind the signal</source>
        <translation>Что стоит за сигналом</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Choose a signal to see the cases behind it.</source>
        <translation>Выберите сигнал, чтобы увидеть дела за ним.</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>зарегистрировано здесь</translation>
    </message>
    <message>
        <source>received from a unit</source>
        <translation>получено от подразделения</translation>
    </message>
    <message>
        <source>Received from another unit, de-identified: it is opened in that unit&apos;s program.</source>
        <translation>Получено от другого подразделения в обезличенном виде: открывается в программе того подразделения.</translation>
    </message>
    <message>
        <source>Consultations behind the signal ({count})</source>
        <translation>Консультации за сигналом ({count})</translation>
    </message>
    <message>
        <source>Cases behind the signal ({count})</source>
        <translation>Дела за сигналом ({count})</translation>
    </message>
    <message>
        <source>Nothing is counted behind this signal.</source>
        <translation>За этим сигналом ничего не подсчитано.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть дело.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Add a training</source>
        <translation>Добавить обучение</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <source>&amp;Completed on</source>
        <translation>&amp;Дата окончания</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Количество &amp;часов</translation>
    </message>
    <message>
        <source>Who gave the training</source>
        <translation>Кто проводил обучение</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>The unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Which unit of the mediation network this computer works for.</source>
        <translation>Для какого подразделения сети медиации работает этот компьютер.</translation>
    </message>
    <message>
        <source>Search: part of the name, the region or the code</source>
        <translation>Поиск: часть названия, регион или код</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Создать учётную запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Новый &amp;пароль…</translation>
    </message>
    <message>
        <source>Set a new password for the chosen user; this also lifts a lock</source>
        <translation>Задать новый пароль выбранному пользователю; это также снимает блокировку</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Заблокирована до {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Let the chosen user sign in again</source>
        <translation>Разрешить выбранному пользователю снова входить в программу</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>The chosen user can no longer sign in; their work stays in the records</source>
        <translation>Выбранный пользователь больше не сможет войти; сделанное им сохраняется в записях</translation>
    </message>
    <message>
        <source>The user is added.</source>
        <translation>Пользователь добавлен.</translation>
    </message>
    <message>
        <source>The new password is set for {name}.</source>
        <translation>Новый пароль для пользователя {name} установлен.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} больше не может входить в программу.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} снова может входить в программу.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Match the values</source>
        <translation>Сопоставление значений</translation>
    </message>
    <message>
        <source>The words the register uses for categories, outcomes, stages and the like, and the item of the program&apos;s list each one means. Correct the guesses where needed.</source>
        <translation>Слова, которыми в реестре названы категории, результаты, этапы и т. п., и пункт списка программы, который означает каждое из них. Исправьте догадки программы, где нужно.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>In the program</source>
        <translation>В программе</translation>
    </message>
    <message>
        <source>— not matched —</source>
        <translation>— не сопоставлено —</translation>
    </message>
    <message>
        <source>No column of this register holds values from the program&apos;s lists.</source>
        <translation>Ни в одном столбце этого реестра нет значений из списков программы.</translation>
    </message>
    <message>
        <source>Not matched: {count}. The rows that use them will be listed as problems.</source>
        <translation>Не сопоставлено: {count}. Строки с ними будут показаны как ошибочные.</translation>
    </message>
    <message>
        <source>Every value is matched.</source>
        <translation>Все значения сопоставлены.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>No time</source>
        <translation>Без времени</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Предыдущая неделя</translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation>Показать предыдущую неделю (Alt+←)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Текущая неделя</translation>
    </message>
    <message>
        <source>Back to the week of today (Alt+Home)</source>
        <translation>Вернуться к текущей неделе (Alt+Home)</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Следующая неделя ▶</translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation>Показать следующую неделю (Alt+→)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No sessions held or planned this week. Sessions are planned from a case: open it and add one.</source>
        <translation>На этой неделе встреч не было и не запланировано. Встречи планируются в деле: откройте его и добавьте встречу.</translation>
    </message>
</context>
<context>
    <name>WorkbookSummary</name>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Поступило дел</translation>
    </message>
    <message>
        <source>Carried over from before</source>
        <translation>Перешло с прошлого периода</translation>
    </message>
    <message>
        <source>Mediations ended</source>
        <translation>Завершено медиаций</translation>
    </message>
    <message>
        <source>Settled in full or in part</source>
        <translation>Урегулировано полностью или частично</translation>
    </message>
    <message>
        <source>Settlement rate (settled of ended)</source>
        <translation>Доля урегулирования (урегулировано из завершённых)</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Открытых дел на конец периода</translation>
    </message>
    <message>
        <source>Past the term at the end of the period</source>
        <translation>Просрочено на конец периода</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Sheets of the workbook: {count}</source>
        <translation>Листов в книге: {count}</translation>
    </message>
    <message>
        <source>The workbook has the report&apos;s tables, one sheet each. Press Save as… to keep it and open it in Excel or LibreOffice Calc.</source>
        <translation>В книге — таблицы отчёта, каждая на своём листе. Нажмите «Сохранить как…», чтобы сохранить книгу и открыть её в Excel или LibreOffice Calc.</translation>
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
        <translation>Tatulyq заблокирован.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Tatulyq cannot start</source>
        <translation>Не удаётся запустить Tatulyq</translation>
    </message>
</context>
</TS>

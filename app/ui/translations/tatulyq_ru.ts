<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines and calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly package for the regional council (on a USB stick or by e-mail), the import of packages from the units below and the completeness of reporting will be here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Republican mediation council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional mediation council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnomediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnocultural association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property and land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt and consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School and youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen and local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious or interfaith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor or medium crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches the rights of third persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party is declared incapable by a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corruption crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime against the public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to a state body or court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party refused in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party did not appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediator found further effort futile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45-59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Tatulyq: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the case desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tatulyq — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{label} must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({value}) cannot be later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({value}) cannot be earlier than {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s work; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program refused this: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly reports for this unit, its region and the republic (PDF to print and sign, XLSX to work on) will be prepared here. Until then, the command line and the case list give the figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Tatulyq: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Choose the unit this computer works for and create the administrator, who will then add the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Tatulyq cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

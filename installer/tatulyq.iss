; Inno Setup 6 script of the Tatulyq installer for Windows: python installer/build.py runs it after PyInstaller
; (ISCC /DAppVersion=<version> /DBundle=<dist\tatulyq> installer\tatulyq.iss).
;
; - Per user: no administrator rights are asked; the program goes to %LOCALAPPDATA%\Programs\Tatulyq.
; - A Start-menu shortcut (and a desktop one if ticked); set-up pages in Kazakh, Russian or English.
; - Uninstalling removes the program's files only. The data folder (the database, its key file,
;   backups, logs: %LOCALAPPDATA%\Tatulyq, app/storage/location.py) is not the install folder and is
;   never touched; the uninstaller says where it stays.
; Saved as UTF-8 with a byte-order mark (Cyrillic text below).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Bundle
  #define Bundle "..\dist\tatulyq"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{5B0E7C3A-6F0D-4C8E-9A71-2D4E8B6C1F35}
AppName=Tatulyq
AppVersion={#AppVersion}
AppVerName=Tatulyq {#AppVersion}
AppPublisher=Assembly of People of Kazakhstan
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={userpf}\Tatulyq
DisableProgramGroupPage=yes
DefaultGroupName=Tatulyq
UninstallDisplayIcon={app}\tatulyq.exe
UninstallDisplayName=Tatulyq
SetupIconFile=tatulyq.ico
OutputBaseFilename=Tatulyq-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An open Tatulyq is closed (with the user's leave) before its files are replaced.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
; Inno Setup has no Kazakh translation of its own: Kazakh.isl (beside this script) translates the messages
; this installer shows, read after the English defaults.
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.DataKept=Tatulyq бағдарламасы жойылды. Деректер (дерекқор, оның кілттері, сақтық көшірмелер) жойылған жоқ, олар мына қалтада қалды:%n%n%1
ru.DataKept=Программа Tatulyq удалена. Данные (база данных, её ключи, резервные копии) не удалены и остались в папке:%n%n%1
kk.PracticeName=Tatulyq (жаттығу)
ru.PracticeName=Tatulyq (практика)
en.PracticeName=Tatulyq (practice)
en.DataKept=Tatulyq has been removed. Its data (the database, its keys, the backups) was not removed and stays in:%n%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of an older version may stay behind in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Tatulyq"; Filename: "{app}\tatulyq.exe"
; The set-up wizard may make a practice database of made-up cases beside the real one; this opens it
; (the wizard's last page names this shortcut). Its folder is made only when the person asks for it.
Name: "{autoprograms}\{cm:PracticeName}"; Filename: "{app}\tatulyq.exe"; Parameters: "--data-dir ""{localappdata}\Tatulyq\practice"""
Name: "{autodesktop}\Tatulyq"; Filename: "{app}\tatulyq.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\tatulyq.exe"; Description: "{cm:LaunchProgram,Tatulyq}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\Tatulyq');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;

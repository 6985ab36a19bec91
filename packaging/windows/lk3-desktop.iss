; Inno Setup 6 script: installs the bundled LK3 Desktop for the signed-in Windows user.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\lk3-desktop.iss
;
; Input: dist\lk3-desktop\ (pyinstaller packaging\lk3-desktop.spec) and
; build\icons\lk3-desktop.ico (python packaging\make_icons.py build\icons).
; Output: dist\lk3-desktop-<version>-windows-x64-setup.exe.
;
; - Per user, no administrator rights: the program goes to
;   %LOCALAPPDATA%\Programs\LK3 Desktop, the shortcut to the user's Start menu.
; - The office's data lives elsewhere, in %LOCALAPPDATA%\lk3-desktop (or the folder chosen in the
;   setup wizard). This script never names that folder: the uninstaller removes only the files
;   it installed, so uninstalling (or upgrading) never touches the data, the backups or the
;   workstation secret in Windows Credential Manager.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{BBD0319B-3564-4758-9ABE-694558C107EB}
AppName=LK3 Desktop
AppVersion={#AppVersion}
AppVerName=LK3 Desktop {#AppVersion}
AppPublisher=LK3 Desktop
AppComments=Catatan kasus terenkripsi untuk Lembaga Konsultasi Kesejahteraan Keluarga
PrivilegesRequired=lowest
DefaultDirName={userpf}\LK3 Desktop
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=lk3-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\lk3-desktop.ico
UninstallDisplayIcon={app}\lk3-desktop.exe
UninstallDisplayName=LK3 Desktop
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Ikon LK3 Desktop di desktop
english.StartNow=Jalankan LK3 Desktop sekarang

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; Everything PyInstaller collected; an upgrade replaces the program files only.
Source: "{#Root}\dist\lk3-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Program files of an earlier version that this one no longer has (never the data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\LK3 Desktop"; Filename: "{app}\lk3-desktop.exe"; WorkingDir: "{app}"; Comment: "Catatan kasus terenkripsi LK3"
Name: "{userdesktop}\LK3 Desktop"; Filename: "{app}\lk3-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\lk3-desktop.exe"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent

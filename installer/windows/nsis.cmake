# The Windows installer (cpack -G NSIS on Windows; docs/packaging.md): Start-menu and desktop
# entries, the prompt file associations, and an uninstaller that removes them.
set(CPACK_NSIS_DISPLAY_NAME Athanor)
set(CPACK_NSIS_PACKAGE_NAME Athanor)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/athanor.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/athanor.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\athanor.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Athanor.lnk' '$INSTDIR\\\\bin\\\\athanor.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Athanor.lnk'")
# Each extension opens with Athanor ("%1" is the file), and the uninstaller removes the keys.
set(_athanor_assoc "")
set(_athanor_unassoc "")
foreach(ext IN ITEMS .prompt .prompty)
    string(APPEND _athanor_assoc
        "WriteRegStr HKCR '${ext}' '' 'Athanor.Prompt'\n")
    string(APPEND _athanor_unassoc
        "DeleteRegKey HKCR '${ext}'\n")
endforeach()
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "${_athanor_assoc}WriteRegStr HKCR 'Athanor.Prompt' '' 'Prompt file'
WriteRegStr HKCR 'Athanor.Prompt\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\athanor.exe,0'
WriteRegStr HKCR 'Athanor.Prompt\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\athanor.exe\\\" \\\"%1\\\"'
WriteRegStr HKCR 'Applications\\\\athanor.exe\\\\SupportedTypes' '.yml' ''
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "${_athanor_unassoc}DeleteRegKey HKCR 'Athanor.Prompt'
DeleteRegKey HKCR 'Applications\\\\athanor.exe'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")

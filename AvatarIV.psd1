#
# Module manifest for AvatarIV.
#
# This is the source copy. `dotnet build` stamps ModuleVersion from AvatarIVVersion in
# Directory.Build.props (the one place the version lives) and writes the result to
# out/AvatarIV/<version>/AvatarIV.psd1. Keep this file ASCII (Windows PowerShell 5.1 reads
# BOM-less files as ANSI). Tests read it with Test-ModuleManifest and Import-PowerShellDataFile.
#
@{
    RootModule = 'AvatarIV.psm1'
    ModuleVersion = '0.0.0'
    GUID = 'dc36eaec-5ad5-4fe3-b874-647331dccd3c'
    Author = 'AvatarIV contributors'
    CompanyName = 'AvatarIV'
    Copyright = '(c) 2026 AvatarIV contributors. MIT License.'
    Description = 'Drive HeyGen Avatar IV (one photo plus a script or an audio track becomes a talking, singing or rapping avatar video) from PowerShell pipelines and runbooks: upload photos, start generations, wait, download, voices, credits and script splitting, against HeyGen or the offline AvatarIV mock server.'

    CompatiblePSEditions = @('Core', 'Desktop')
    PowerShellVersion = '5.1'
    DotNetFrameworkVersion = '4.7.2'

    FormatsToProcess = @('AvatarIV.Format.ps1xml')

    CmdletsToExport = @(
        'Connect-AvatarIV',
        'Send-AvatarPhoto',
        'New-AvatarIVVideo',
        'Wait-AvatarIVVideo',
        'Get-AvatarIVVideo',
        'Save-AvatarIVVideo',
        'Remove-AvatarIVVideo',
        'Get-AvatarIVVoice',
        'Get-AvatarIVLook',
        'Get-AvatarIVCredit',
        'Split-AvatarIVScript',
        'Start-AvatarIVMock',
        'Stop-AvatarIVMock',
        'Set-AvatarIVMockBalance',
        'Set-AvatarIVMockProgression',
        'Add-AvatarIVMockFault',
        'Get-AvatarIVMockFault',
        'Remove-AvatarIVMockFault',
        'Get-AvatarIVMockJournal'
    )
    FunctionsToExport = @()
    AliasesToExport = @()
    VariablesToExport = @()

    PrivateData = @{
        PSData = @{
            Tags = @('HeyGen', 'AvatarIV', 'Avatar', 'Video', 'AI', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri = 'https://github.com/AvatarIV/AvatarIV'
            LicenseUri = 'https://github.com/AvatarIV/AvatarIV/blob/main/LICENSE'
            ReleaseNotes = 'First release: Connect-AvatarIV, Send-AvatarPhoto, New-AvatarIVVideo, Wait-AvatarIVVideo, Get-AvatarIVVideo, Save-AvatarIVVideo, Remove-AvatarIVVideo, Get-AvatarIVVoice, Get-AvatarIVCredit and Split-AvatarIVScript, for HeyGen v3 and legacy v1/v2 APIs, with an offline mock server for tests.'
        }
    }
}

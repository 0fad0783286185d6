# A runbook function to test: one welcome video per photo in a folder, downloaded next to it.
function Publish-WelcomeVideos {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $PhotoFolder,
        [string] $Script = 'Welcome aboard! We are glad you are here.'
    )
    $voice = (Get-AvatarIVVoice | Select-Object -First 1).VoiceId
    Get-ChildItem -Path (Join-Path $PhotoFolder '*.jpg') |
        Send-AvatarPhoto |
        New-AvatarIVVideo -Script $Script -VoiceId $voice -Title 'Welcome' |
        Wait-AvatarIVVideo -OutputDirectory (Join-Path $PhotoFolder 'videos') -Force
}

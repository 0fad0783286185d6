#Requires -Version 5.1
<#
.SYNOPSIS
The AvatarIV quick start as a script: photos in samples/ become downloaded talking-avatar videos.

.DESCRIPTION
Imports the module, connects, picks a voice, and runs the pipeline
  Get-ChildItem *.jpg | Send-AvatarPhoto | New-AvatarIVVideo | Wait-AvatarIVVideo -OutputDirectory
on the photos and the script in this folder, then prints the MP4 files it wrote. build.ps1 -Demo runs it
against the mock server; pointed at HeyGen (no -BaseUri, a real key) it spends real credits.

.EXAMPLE
./samples/demo.ps1 -BaseUri http://127.0.0.1:5080/ -OutputDirectory ./out/demo
#>
param(
    # The built module's manifest; default: the AvatarIV module PowerShell finds on PSModulePath.
    [string] $ModulePath = 'AvatarIV',
    # Where the API lives; default HeyGen's. The mock prints its base URL when it starts.
    [uri] $BaseUri,
    # The API key; the mock accepts any non-empty key. Default: HEYGEN_API_KEY.
    [string] $ApiKey = $(if ($env:HEYGEN_API_KEY) { $env:HEYGEN_API_KEY } else { 'demo-key' }),
    [string] $OutputDirectory = (Join-Path (Get-Location) 'avatariv-demo')
)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath

$connect = @{ ApiKey = (ConvertTo-SecureString $ApiKey -AsPlainText -Force) }
if ($BaseUri) { $connect.BaseUri = $BaseUri }
Connect-AvatarIV @connect

$voice = Get-AvatarIVVoice | Select-Object -First 1
if ($null -eq $voice) { throw 'The API listed no voices.' }
Write-Host "Voice: $($voice.Name) ($($voice.VoiceId))"
Write-Host "Credits before: $((Get-AvatarIVCredit).RemainingCredits)"

$videos = @(Get-ChildItem -Path (Join-Path $PSScriptRoot '*.jpg') |
    Send-AvatarPhoto |
    New-AvatarIVVideo -Script (Get-Content -LiteralPath (Join-Path $PSScriptRoot 'script.txt') -Raw) -VoiceId $voice.VoiceId -Title 'AvatarIV demo' |
    Wait-AvatarIVVideo -OutputDirectory $OutputDirectory -Force)

Write-Host "Credits after:  $((Get-AvatarIVCredit).RemainingCredits)"
if ($videos.Count -eq 0) { throw 'The demo produced no video.' }
$videos | Format-Table | Out-Host
# The output: the full paths of the MP4 files written.
$videos | ForEach-Object { $_.FilePath }

# One measured run of the photo-to-video pipeline, in a PowerShell process of its own (started by PipelineBenchmark.cs):
# a warm-up (-WarmUpPhotos), then every *.jpg in -Photos through Send-AvatarPhoto | New-AvatarIVVideo | Wait-AvatarIVVideo.
# Writes one JSON line: photos, videos, errors, elapsed milliseconds and the process's peak working set.
param(
    [Parameter(Mandatory)] [string] $Module,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $Photos,
    [Parameter(Mandatory)] [string] $WarmUpPhotos,
    [int] $ThrottleLimit = 0,     # 0: the cmdlets' own defaults
    [int] $WaitThrottleLimit = 0
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue' # a runbook has no console to draw progress bars on
Import-Module -Name $Module
$key = ConvertTo-SecureString "bench-pipeline-$([guid]::NewGuid().ToString('N'))" -AsPlainText -Force
Connect-AvatarIV -ApiKey $key -BaseUri $BaseUri -ApiVersion V3 | Out-Null
$voice = (Get-AvatarIVVoice | Select-Object -First 1).VoiceId
$script = 'Hello! This is a short benchmark script.'

$limit = if ($ThrottleLimit -gt 0) { @{ ThrottleLimit = $ThrottleLimit } } else { @{} }
$waitLimit = if ($WaitThrottleLimit -gt 0) { @{ ThrottleLimit = $WaitThrottleLimit } } else { @{} }

function Invoke-Pipeline([string] $Folder) {
    Get-ChildItem -Path (Join-Path $Folder '*.jpg') |
        Send-AvatarPhoto @limit |
        New-AvatarIVVideo -Script $script -VoiceId $voice @limit |
        Wait-AvatarIVVideo @waitLimit
}

Invoke-Pipeline $WarmUpPhotos | Out-Null
$ErrorActionPreference = 'Continue' # a failed item is counted, not fatal
$Error.Clear()
[GC]::Collect()
$clock = [Diagnostics.Stopwatch]::StartNew()
$videos = @(Invoke-Pipeline $Photos)
$clock.Stop()
[pscustomobject]@{
    photos    = @(Get-ChildItem -Path (Join-Path $Photos '*.jpg')).Count
    videos    = @($videos | Where-Object Status -EQ 'Completed').Count
    errors    = $Error.Count
    elapsedMs = [math]::Round($clock.Elapsed.TotalMilliseconds)
    peakBytes = [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64
} | ConvertTo-Json -Compress

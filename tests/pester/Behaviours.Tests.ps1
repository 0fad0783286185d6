#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# What a PowerShell user sees beyond the happy path (issue 7, section 3): legacy audio videos, the ErrorIds the
# README promises, objects that say what happened, seconds as numbers, help, formats and tab completion.
# The built module against the real mock; each test has its own API key (its own ledger), no sleeps.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'AvatarIVMock.psm1') -Force
    $manifestPath = Initialize-AvatarIVBuild
    Import-Module $manifestPath

    # polls:2: a video is pending on its first status read and finished on its second.
    $mock = Start-AvatarIVMock -Path (Find-AvatarIVMockServer) -ArgumentList '--progression', 'polls:2'

    $samplePhoto = Join-Path (Get-AvatarIVRepositoryRoot) 'samples/avatar.jpg'
    $speech = 'Hello! This is a short test script. It takes a few seconds to say.'
    $fastPolling = [TimeSpan]::FromMilliseconds(100)
    $voiceId = 'ef3243cb71ba7aee00fb1cdcd95823f2'   # the mock's first catalogue voice (Aria, English)
    $docsBase = 'https://github.com/AvatarIV/AvatarIV/blob/main/docs/powershell.md#'

    function Connect-NewTestKey {
        # A fresh key is a fresh ledger at the mock.
        param([ValidateSet('V3', 'Legacy')] [string] $ApiVersion = 'V3', [string] $Key = ('pester-' + [guid]::NewGuid().ToString('N')))
        Connect-AvatarIV -ApiKey (ConvertTo-SecureString $Key -AsPlainText -Force) -BaseUri $mock.BaseUri -UploadUri $mock.BaseUri -ApiVersion $ApiVersion
        $Key
    }

    function New-TestWav {
        # A valid PCM WAV of silence (8 kHz, 8-bit mono): the mock and the local checks read its length from the header.
        param([double] $Seconds = 2)
        $path = Join-Path $TestDrive ([guid]::NewGuid().ToString('N') + '.wav')
        $data = [int](8000 * $Seconds)
        $stream = [System.IO.MemoryStream]::new()
        $writer = [System.IO.BinaryWriter]::new($stream)
        $writer.Write([System.Text.Encoding]::ASCII.GetBytes('RIFF')); $writer.Write([int](36 + $data))
        $writer.Write([System.Text.Encoding]::ASCII.GetBytes('WAVEfmt ')); $writer.Write([int]16)
        $writer.Write([int16]1); $writer.Write([int16]1); $writer.Write([int]8000); $writer.Write([int]8000)
        $writer.Write([int16]1); $writer.Write([int16]8)
        $writer.Write([System.Text.Encoding]::ASCII.GetBytes('data')); $writer.Write([int]$data)
        $writer.Write([byte[]]::new($data))
        $writer.Flush()
        [System.IO.File]::WriteAllBytes($path, $stream.ToArray())
        $path
    }

    function Get-Journal {
        # The API requests the mock received since the last Clear-Journal (method, path, status), admin calls left out.
        @(Get-AvatarIVMockJournal | Where-Object { $_.Path -notlike '/_mock/*' })
    }

    function Clear-Journal { $null = Invoke-AvatarIVMockAdmin -Mock $mock -Path '_mock/journal' -Method Delete }

    function Set-Manual([string] $VideoId) {
        Set-AvatarIVMockProgression -VideoId $VideoId -Mode manual
    }

    function New-TestVideo {
        param([string] $Title = 'pester video')
        Send-AvatarPhoto -LiteralPath $samplePhoto | New-AvatarIVVideo -Script $speech -VoiceId $voiceId -Title $Title
    }
}

AfterAll {
    $mock | Stop-AvatarIVMock
}

Describe 'Legacy audio videos' {
    It 'takes -VoiceId with every audio parameter (required on legacy, optional on v3)' {
        $command = Get-Command New-AvatarIVVideo
        foreach ($set in 'AudioPath', 'AudioUrl', 'AudioAssetId') {
            $voice = ($command.ParameterSets | Where-Object Name -EQ $set).Parameters | Where-Object Name -EQ 'VoiceId'
            $voice | Should -Not -BeNullOrEmpty -Because "-VoiceId belongs to the $set set"
            $voice.IsMandatory | Should -BeFalse
        }
    }

    It 'makes a legacy video from -ImageKey, -AudioPath and -VoiceId' {
        $null = Connect-NewTestKey -ApiVersion Legacy
        $photo = Send-AvatarPhoto -LiteralPath $samplePhoto
        $audio = New-TestWav -Seconds 2

        $video = New-AvatarIVVideo -ImageKey $photo.ImageKey -AudioPath $audio -VoiceId $voiceId -Title 'legacy audio'

        $video.VideoId | Should -Not -BeNullOrEmpty
        $video.ApiVersion | Should -Be 'Legacy'
        (Invoke-AvatarIVMockAdmin -Mock $mock -Path "_mock/jobs/$($video.VideoId)").duration_seconds | Should -Be 2
    }

    It 'binds -VoiceId with -AudioUrl and -AudioAssetId (no AmbiguousParameterSet)' {
        $null = Connect-NewTestKey -ApiVersion Legacy
        { New-AvatarIVVideo -ImageKey 'k' -AudioUrl 'http://127.0.0.1/a.wav' -VoiceId $voiceId -WhatIf -ErrorAction Stop } | Should -Not -Throw
        { New-AvatarIVVideo -ImageKey 'k' -AudioAssetId 'a1' -VoiceId $voiceId -WhatIf -ErrorAction Stop } | Should -Not -Throw
    }

    It 'refuses legacy audio without -VoiceId before uploading or spending anything' {
        $null = Connect-NewTestKey -ApiVersion Legacy
        $photo = Send-AvatarPhoto -LiteralPath $samplePhoto
        $audio = New-TestWav -Seconds 2
        $before = (Get-AvatarIVCredit).RemainingCredits
        Clear-Journal

        $video = New-AvatarIVVideo -ImageKey $photo.ImageKey -AudioPath $audio -ErrorVariable refused -ErrorAction SilentlyContinue

        $video | Should -BeNullOrEmpty
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.InvalidArgument,*'
        $refused[0].ToString() | Should -Match '-VoiceId'
        $journal = Get-Journal
        @($journal | Where-Object { $_.method -eq 'POST' }) | Should -BeNullOrEmpty -Because 'nothing may be uploaded or created'
        (Get-AvatarIVCredit).RemainingCredits | Should -Be $before
    }

    It 'makes a v3 audio video without -VoiceId' {
        $null = Connect-NewTestKey
        $photo = Send-AvatarPhoto -LiteralPath $samplePhoto

        $video = New-AvatarIVVideo -AssetId $photo.AssetId -AudioPath (New-TestWav -Seconds 2)

        $video.VideoId | Should -Not -BeNullOrEmpty
    }
}

Describe 'ErrorIds the README promises' {
    BeforeEach {
        $key = Connect-NewTestKey
    }

    It 'says AvatarIV.VideoTooLong for a script over the plan''s cap, and charges nothing' {
        Set-AvatarIVMockBalance -Credits 100 -Tier free
        $long = (1..50 | ForEach-Object { 'This sentence has a few more words in it.' }) -join ' '
        (Get-AvatarIVCredit -Estimate -Script $long).DurationSeconds | Should -BeGreaterThan 180

        $video = Send-AvatarPhoto -LiteralPath $samplePhoto |
            New-AvatarIVVideo -Script $long -VoiceId $voiceId -ErrorVariable refused -ErrorAction SilentlyContinue

        $video | Should -BeNullOrEmpty
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.VideoTooLong,*'
        $refused[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $refused[0].ErrorDetails.RecommendedAction | Should -Match 'Split-AvatarIVScript'
    }

    It 'says AvatarIV.NotFound when Wait-AvatarIVVideo is given an id that does not exist' {
        $result = Wait-AvatarIVVideo -VideoId 'nosuchvideo' -PollInterval $fastPolling -ErrorVariable waitErrors -ErrorAction SilentlyContinue

        $result | Should -BeNullOrEmpty
        $waitErrors.Count | Should -Be 1
        $waitErrors[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.NotFound,*'
        $waitErrors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $waitErrors[0].TargetObject | Should -Be 'nosuchvideo'
    }

    It 'says ObjectNotFound for a missing -AudioPath file, and sends nothing' {
        $photo = Send-AvatarPhoto -LiteralPath $samplePhoto
        $missing = Join-Path $TestDrive 'no-such-speech.wav'
        Clear-Journal

        New-AvatarIVVideo -AssetId $photo.AssetId -AudioPath $missing -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.PathNotFound,*'
        $refused[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $refused[0].TargetObject | Should -Be $missing
        $refused[0].ErrorDetails.RecommendedAction | Should -Match '-AudioPath'
        Get-Journal | Should -BeNullOrEmpty
    }

    It 'says AvatarIV.NotConnected for an empty SecureString key' {
        $empty = [System.Security.SecureString]::new()
        { Get-AvatarIVCredit -ApiKey $empty -ErrorAction Stop } | Should -Throw -ErrorId 'AvatarIV.NotConnected,*'
        { Connect-AvatarIV -ApiKey $empty -BaseUri $mock.BaseUri -ErrorAction Stop } | Should -Throw -ErrorId 'AvatarIV.NotConnected,*'
        try { Get-AvatarIVCredit -ApiKey $empty -ErrorAction Stop } catch { $_.CategoryInfo.Category | Should -Be 'AuthenticationError' }
    }

    It 'refuses Wait-AvatarIVVideo -Timeout 0 as a parameter validation error in PowerShell terms' {
        $thrown = $null
        try { Wait-AvatarIVVideo -VideoId 'any' -Timeout 0 -ErrorAction Stop } catch { $thrown = $_ }

        $thrown | Should -Not -BeNullOrEmpty
        $thrown.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
        $thrown.Exception | Should -BeOfType [System.Management.Automation.ParameterBindingException]
        $thrown.ToString() | Should -Match "parameter 'Timeout'"
        $thrown.ToString() | Should -Not -Match 'WaitOptions|MaxParallelism'
    }
}

Describe 'Objects that say what happened' {
    BeforeEach {
        $null = Connect-NewTestKey
    }

    It 'writes the video as saved (Completed) from New-AvatarIVVideo | Save-AvatarIVVideo' {
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))

        $saved = New-TestVideo | Save-AvatarIVVideo -OutputDirectory $folder

        $saved.Status | Should -Be 'Completed'
        $saved.FilePath | Should -Exist
        $saved.DurationSeconds | Should -BeGreaterThan 0
    }

    It 'fills Credits for Get-, Wait- and Save-AvatarIVVideo' {
        $created = New-TestVideo
        $created.EstimatedCredits | Should -BeGreaterThan 0

        $got = Get-AvatarIVVideo -VideoId $created.VideoId
        $waited = $created | Wait-AvatarIVVideo -PollInterval $fastPolling
        $saved = $created | Save-AvatarIVVideo -OutputDirectory (Join-Path $TestDrive ([guid]::NewGuid().ToString('N')))

        foreach ($video in $got, $waited, $saved) { $video.EstimatedCredits | Should -Be $created.EstimatedCredits }
        ($waited | Format-Table | Out-String -Width 200) | Should -Match ([regex]::Escape([string]$created.EstimatedCredits))
    }

    It 'keeps the title on legacy status reads' {
        $null = Connect-NewTestKey -ApiVersion Legacy
        $created = Send-AvatarPhoto -LiteralPath $samplePhoto | New-AvatarIVVideo -Script $speech -VoiceId $voiceId -Title 'Legacy title'

        (Get-AvatarIVVideo -VideoId $created.VideoId).Title | Should -Be 'Legacy title'
        ($created | Wait-AvatarIVVideo -PollInterval $fastPolling).Title | Should -Be 'Legacy title'
    }

    It 'shows the upload URI in use in the connection' {
        $key = ConvertTo-SecureString ('pester-' + [guid]::NewGuid().ToString('N')) -AsPlainText -Force
        $v3 = Connect-AvatarIV -ApiKey $key -BaseUri $mock.BaseUri -PassThru
        $explicit = Connect-AvatarIV -ApiKey $key -BaseUri $mock.BaseUri -UploadUri 'http://127.0.0.1:9/' -PassThru

        $v3.UploadUri | Should -Be ([uri]$mock.BaseUri)
        $explicit.UploadUri | Should -Be ([uri]'http://127.0.0.1:9/')
        ($explicit | Format-Table | Out-String -Width 200) | Should -Match ([regex]::Escape('http://127.0.0.1:9/'))
    }
}

Describe 'Seconds, TimeSpans and piped scripts' {
    BeforeEach {
        $null = Connect-NewTestKey
    }

    It 'reads a number given to <Parameter> as seconds, and leaves TimeSpans and time strings as they are' -ForEach @(
        @{ Parameter = 'Timeout' }, @{ Parameter = 'PollInterval' }
    ) {
        $transform = (Get-Command Wait-AvatarIVVideo).Parameters[$Parameter].Attributes |
            Where-Object { $_ -is [System.Management.Automation.ArgumentTransformationAttribute] }

        $transform.Transform($ExecutionContext, 60) | Should -Be ([TimeSpan]::FromSeconds(60))
        $transform.Transform($ExecutionContext, 1.5) | Should -Be ([TimeSpan]::FromSeconds(1.5))
        $transform.Transform($ExecutionContext, '90') | Should -Be ([TimeSpan]::FromSeconds(90))
        $transform.Transform($ExecutionContext, '00:05:00') | Should -Be '00:05:00'
        $transform.Transform($ExecutionContext, [TimeSpan]::FromMinutes(2)) | Should -Be ([TimeSpan]::FromMinutes(2))
    }

    It 'waits -Timeout 1 for one second, not one tick' {
        $video = New-TestVideo
        Set-Manual $video.VideoId

        $video | Wait-AvatarIVVideo -Timeout 1 -PollInterval 0.2 -ErrorVariable late -ErrorAction SilentlyContinue

        $late[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.Timeout,*'
        $late[0].ToString() | Should -Match '00:00:01'
    }

    It 'still takes a time string such as ''00:00:01''' {
        $video = New-TestVideo
        Set-Manual $video.VideoId

        $video | Wait-AvatarIVVideo -Timeout '00:00:01' -PollInterval '00:00:00.2' -ErrorVariable late -ErrorAction SilentlyContinue

        $late[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.Timeout,*'
    }

    It 'splits Get-Content''s lines as one script' {
        $file = Join-Path $TestDrive 'script.txt'
        Set-Content -LiteralPath $file -Value @('This sentence starts on one line', 'and ends on the next.', '', 'A second sentence follows.')

        $piped = @(Get-Content -LiteralPath $file | Split-AvatarIVScript)
        $whole = @(Split-AvatarIVScript -Script (Get-Content -LiteralPath $file -Raw))

        $piped.Count | Should -Be 1
        $piped[0].Words | Should -Be 15
        $piped[0].Script | Should -Be $whole[0].Script
    }
}

Describe 'Formats at 80 columns' {
    It 'shows one line per script part' {
        $long = (1..60 | ForEach-Object { "This is sentence number $_ of a long script." }) -join ' '
        $parts = @(Split-AvatarIVScript -Script $long -MaxSeconds 60)

        $lines = @(($parts | Format-Table | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() })

        # header, dashes, then exactly one line per part
        $lines.Count | Should -Be ($parts.Count + 2)
        foreach ($line in $lines) { $line.Length | Should -BeLessOrEqual 80 }
    }
}

Describe 'Tab completion' {
    BeforeAll {
        $null = Connect-NewTestKey
        function Complete([string] $line) {
            @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches)
        }
    }

    It 'completes Get-AvatarIVVoice -Language from the voice list' {
        $found = Complete 'Get-AvatarIVVoice -Language Eng'
        $found.CompletionText | Should -Contain 'English'
    }

    It 'completes Get-AvatarIVVoice -Name from the voice list' {
        $found = Complete 'Get-AvatarIVVoice -Name Ari'
        $found.CompletionText | Should -Contain 'Aria'
    }

    It 'completes -VideoId of <_> from the session''s videos, never from file names' -ForEach @(
        'Wait-AvatarIVVideo', 'Get-AvatarIVVideo', 'Save-AvatarIVVideo', 'Remove-AvatarIVVideo'
    ) {
        $command = $_
        $video = New-TestVideo -Title 'completion'
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $folder
        $null = New-Item -ItemType File -Path (Join-Path $folder 'video-notes.txt')
        Push-Location -LiteralPath $folder
        try {
            $all = Complete "$command -VideoId "
            $byPrefix = Complete "$command -VideoId $($video.VideoId.Substring(0, 4))"
            $none = Complete "$command -VideoId video-no"
        }
        finally { Pop-Location }

        $all[0].CompletionText | Should -Be $video.VideoId -Because 'the newest video comes first'
        $byPrefix.CompletionText | Should -Contain $video.VideoId
        $none.CompletionText | Should -Not -Contain './video-notes.txt'
        $none.CompletionText | Should -Not -Contain '.\video-notes.txt'
        @($all | Where-Object { $_.ResultType -eq 'ProviderItem' }) | Should -BeNullOrEmpty
    }
}

Describe 'Help' {
    It 'shows the type of enum and ValidateSet parameters in Get-Help' {
        (Get-Help New-AvatarIVVideo -Parameter Orientation | Out-String) | Should -Match '-Orientation <String>'
        (Get-Help Connect-AvatarIV -Parameter ApiVersion | Out-String) | Should -Match '-ApiVersion <AvatarIVApiVersion>'
    }

    It 'sends -Online for <_> to the module''s own documentation' -ForEach @(
        'Connect-AvatarIV', 'Send-AvatarPhoto', 'New-AvatarIVVideo', 'Wait-AvatarIVVideo', 'Get-AvatarIVVideo',
        'Save-AvatarIVVideo', 'Remove-AvatarIVVideo', 'Get-AvatarIVVoice', 'Get-AvatarIVLook', 'Get-AvatarIVCredit', 'Split-AvatarIVScript'
    ) {
        $anchor = $docsBase + $_.ToLowerInvariant()
        (Get-Command $_).HelpUri | Should -Be $anchor
        @((Get-Help $_).relatedLinks.navigationLink | Where-Object { $_.uri })[0].uri | Should -Be $anchor
    }

    It 'has about_AvatarIV' {
        $about = Get-Help about_AvatarIV | Out-String
        $about | Should -Match 'about_AvatarIV'
        foreach ($topic in 'Legacy', 'credits', 'Wait-AvatarIVVideo', 'ErrorId', 'mock') { $about | Should -Match $topic }
    }
}

Describe 'Messages in PowerShell terms' {
    BeforeEach {
        $key = Connect-NewTestKey
    }

    It 'names -Force, not DownloadOptions, when the target file exists' {
        $video = New-TestVideo | Wait-AvatarIVVideo -PollInterval $fastPolling
        $target = Join-Path $TestDrive ([guid]::NewGuid().ToString('N') + '.mp4')
        Set-Content -LiteralPath $target -Value 'keep me'

        Save-AvatarIVVideo -VideoId $video.VideoId -Path $target -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.FileExists,*'
        $refused[0].ToString() | Should -Not -Match 'DownloadOptions'
        $refused[0].ToString() | Should -Match '-Force'
    }

    It 'names -OutputDirectory, not -Path, when Wait-AvatarIVVideo finds the file already there' {
        $video = New-TestVideo
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -LiteralPath (Join-Path $folder "$($video.VideoId).mp4") -Value 'keep me'

        $video | Wait-AvatarIVVideo -PollInterval $fastPolling -OutputDirectory $folder -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.FileExists,*'
        $refused[0].ErrorDetails.RecommendedAction | Should -Match '-OutputDirectory'
        $refused[0].ErrorDetails.RecommendedAction | Should -Not -Match '-Path'
    }

    It 'names Wait-AvatarIVVideo, not WaitForVideosAsync, for a video that is not ready' {
        $video = New-TestVideo
        Set-Manual $video.VideoId

        Save-AvatarIVVideo -VideoId $video.VideoId -OutputDirectory $TestDrive -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.VideoNotReady,*'
        $refused[0].ToString() | Should -Not -Match 'Async'
        $refused[0].ToString() | Should -Match 'Wait-AvatarIVVideo'
    }

    It 'names Split-AvatarIVScript, not ScriptSplitter, for a script over 5,000 characters' {
        New-AvatarIVVideo -AssetId 'a' -Script ('word ' * 1001) -VoiceId $voiceId -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.ScriptTooLong,*'
        $refused[0].ToString() | Should -Not -Match 'ScriptSplitter'
        $refused[0].ToString() | Should -Match 'Split-AvatarIVScript'
    }

    It 'names Get-AvatarIVCredit -Estimate, not CreditEstimator, when credits run out' {
        Set-AvatarIVMockBalance -Credits 0

        Send-AvatarPhoto -LiteralPath $samplePhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.InsufficientCredit,*'
        $refused[0].ToString() | Should -Not -Match 'CreditEstimator'
        $refused[0].ToString() | Should -Match 'Get-AvatarIVCredit -Estimate'
    }

    It 'keeps messages readable with a one-letter key, and still hides the key as a word' {
        $null = Connect-NewTestKey -Key 'e'

        $thrown = $null
        try { Get-AvatarIVVideo -VideoId 'nosuchvideo' -ErrorAction Stop } catch { $thrown = $_ }

        $thrown.FullyQualifiedErrorId | Should -BeLike 'AvatarIV.NotFound,*'
        $thrown.ToString() | Should -Not -Match '\*\*\*'
        $thrown.ToString() | Should -Match 'video'
    }
}

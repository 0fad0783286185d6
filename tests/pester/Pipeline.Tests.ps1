#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# End to end in real PowerShell: the built module against the real mock server, started on a free port.
# Each test connects with its own API key, so each has its own credit ledger at the mock.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'AvatarIVMock.psm1') -Force
    $manifestPath = Initialize-AvatarIVBuild
    Import-Module $manifestPath

    # polls:2: each video is pending on its first status read and finished on its second.
    $mock = Start-AvatarIVMock -Path (Find-AvatarIVMockServer) -ArgumentList '--progression', 'polls:2'

    $samplePhoto = Join-Path (Get-AvatarIVRepositoryRoot) 'samples/avatar.jpg'
    $speech = 'Hello! This is a short test script. It takes a few seconds to say.'
    $fastPolling = [TimeSpan]::FromMilliseconds(100)

    function Connect-NewTestKey {
        # A fresh key is a fresh ledger at the mock (the tier's monthly credits).
        $plain = 'pester-' + [guid]::NewGuid().ToString('N')
        Connect-AvatarIV -ApiKey (ConvertTo-SecureString $plain -AsPlainText -Force) -BaseUri $mock.BaseUri
        $plain
    }

    function New-PhotoFolder {
        param([int] $Count)
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $folder | Out-Null
        foreach ($i in 1..$Count) { Copy-Item -LiteralPath $samplePhoto -Destination (Join-Path $folder "photo$i.jpg") }
        $folder
    }
}

AfterAll {
    $mock | Stop-AvatarIVMock
}

Describe 'The photo-to-video pipeline' {
    BeforeAll {
        $null = Connect-NewTestKey
        $voiceId = (Get-AvatarIVVoice | Select-Object -First 1).VoiceId
    }

    BeforeEach {
        $null = Connect-NewTestKey
    }

    It 'turns several photos into downloaded videos in one pipeline' {
        $photos = New-PhotoFolder -Count 3
        $output = Join-Path $TestDrive 'pipeline-out'

        $videos = @(Get-ChildItem -Path (Join-Path $photos '*.jpg') |
            Send-AvatarPhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId |
            Wait-AvatarIVVideo -OutputDirectory $output)

        $videos.Count | Should -Be 3
        @($videos.VideoId | Select-Object -Unique).Count | Should -Be 3
        foreach ($video in $videos) {
            $video.Status | Should -Be 'Completed'
            $video.FilePath | Should -Be (Join-Path $output "$($video.VideoId).mp4")
            $video.FilePath | Should -Exist
            $video.ThumbnailFilePath | Should -Exist
            # A real MP4 starts with an 'ftyp' box.
            $header = [System.IO.File]::ReadAllBytes($video.FilePath)[4..7]
            [System.Text.Encoding]::ASCII.GetString($header) | Should -Be 'ftyp'
        }
    }

    It 'uploads photos to assets that carry what New-AvatarIVVideo binds' {
        $photos = New-PhotoFolder -Count 2
        $assets = @(Get-ChildItem -Path (Join-Path $photos '*.jpg') | Send-AvatarPhoto)
        $assets.Count | Should -Be 2
        foreach ($asset in $assets) {
            $asset.AssetId | Should -Not -BeNullOrEmpty
            $asset.Path | Should -Exist
        }
    }

    It 'spends nothing with -WhatIf' {
        $photos = New-PhotoFolder -Count 2
        $before = (Get-AvatarIVCredit).RemainingCredits
        $jobsBefore = @(Invoke-AvatarIVMockAdmin -Mock $mock -Path '_mock/jobs').Count

        $created = @(Get-ChildItem -Path (Join-Path $photos '*.jpg') |
            Send-AvatarPhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId -WhatIf)

        $created.Count | Should -Be 0
        (Get-AvatarIVCredit).RemainingCredits | Should -Be $before
        @(Invoke-AvatarIVMockAdmin -Mock $mock -Path '_mock/jobs').Count | Should -Be $jobsBefore
    }

    It 'reports a failed video as a non-terminating error and still delivers the others' {
        $photos = New-PhotoFolder -Count 3
        $before = (Get-AvatarIVCredit).RemainingCredits
        $assets = @(Get-ChildItem -Path (Join-Path $photos '*.jpg') | Send-AvatarPhoto)
        $good = @($assets[0], $assets[1] | New-AvatarIVVideo -Script $speech -VoiceId $voiceId -Title 'good')
        $bad = $assets[2] | New-AvatarIVVideo -Script $speech -VoiceId $voiceId -Title 'bad [[fail:video_too_long]]'

        $finished = @($good + @($bad) |
            Wait-AvatarIVVideo -PollInterval $fastPolling -ErrorVariable waitErrors -ErrorAction SilentlyContinue)

        @($finished.VideoId | Sort-Object) | Should -Be @($good.VideoId | Sort-Object)
        $waitErrors.Count | Should -Be 1
        $waitErrors[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.VideoFailed*'
        $waitErrors[0].TargetObject.VideoId | Should -Be $bad.VideoId
        $waitErrors[0].Exception.Message | Should -Match 'video_too_long'
        # The failed render is refunded: only the good videos are paid for.
        $paid = [decimal]0
        foreach ($video in $good) { $paid += $video.EstimatedCredits }
        (Get-AvatarIVCredit).RemainingCredits | Should -Be ($before - $paid)
    }

    It 'charges what Get-AvatarIVCredit -Estimate predicted' {
        $before = (Get-AvatarIVCredit).RemainingCredits
        $estimate = Get-AvatarIVCredit -Estimate -Script $speech

        $video = Send-AvatarPhoto -LiteralPath $samplePhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId |
            Wait-AvatarIVVideo -PollInterval $fastPolling

        $video.Status | Should -Be 'Completed'
        $estimate.Credits | Should -BeGreaterThan 0
        (Get-AvatarIVCredit).RemainingCredits | Should -Be ($before - $estimate.Credits)
    }

    It 'deletes a video with Remove-AvatarIVVideo -Confirm:$false' {
        $video = Send-AvatarPhoto -LiteralPath $samplePhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId |
            Wait-AvatarIVVideo -PollInterval $fastPolling

        Remove-AvatarIVVideo -VideoId $video.VideoId -Confirm:$false

        { Get-AvatarIVVideo -VideoId $video.VideoId -ErrorAction Stop } | Should -Throw -ErrorId 'AvatarIV.NotFound,*'
    }

    It 'keeps a video with Remove-AvatarIVVideo -WhatIf' {
        $video = Send-AvatarPhoto -LiteralPath $samplePhoto | New-AvatarIVVideo -Script $speech -VoiceId $voiceId

        Remove-AvatarIVVideo -VideoId $video.VideoId -WhatIf

        (Get-AvatarIVVideo -VideoId $video.VideoId).VideoId | Should -Be $video.VideoId
    }

    It 'downloads a finished video with Save-AvatarIVVideo' {
        $video = Send-AvatarPhoto -LiteralPath $samplePhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId |
            Wait-AvatarIVVideo -PollInterval $fastPolling
        $target = Join-Path $TestDrive 'saved.mp4'

        $saved = Save-AvatarIVVideo -VideoId $video.VideoId -Path $target

        $saved.FilePath | Should -Be $target
        (Get-Item -LiteralPath $target).Length | Should -BeGreaterThan 0
    }

    It 'writes no file with Save-AvatarIVVideo -WhatIf' {
        $video = Send-AvatarPhoto -LiteralPath $samplePhoto |
            New-AvatarIVVideo -Script $speech -VoiceId $voiceId |
            Wait-AvatarIVVideo -PollInterval $fastPolling
        $target = Join-Path $TestDrive 'whatif.mp4'

        $saved = Save-AvatarIVVideo -VideoId $video.VideoId -Path $target -WhatIf

        $saved | Should -BeNullOrEmpty
        $target | Should -Not -Exist
    }
}

Describe 'Estimates and scripts, offline' {
    It 'prices a minute of v3 video at 6 credits ($3 at $0.50 a credit)' {
        $estimate = Get-AvatarIVCredit -Estimate -DurationSeconds 60
        $estimate.BilledSeconds | Should -Be 60
        $estimate.Credits | Should -Be 6
        $estimate.Usd | Should -Be 3
    }

    It 'splits a long script into parts under the limit, losing no words' {
        $long = (1..60 | ForEach-Object { "This is sentence number $_ of a long script." }) -join ' '

        $parts = @(Split-AvatarIVScript -Script $long -MaxSeconds 20)

        $parts.Count | Should -BeGreaterThan 1
        foreach ($part in $parts) { $part.EstimatedSeconds | Should -BeLessOrEqual 20 }
        (($parts.Script -join ' ') -split '\s+') | Should -Be ($long -split '\s+')
        for ($i = 1; $i -lt $parts.Count; $i++) { $parts[$i].Index | Should -Be ($parts[$i - 1].Index + 1) }
    }

    It 'prices each part of a split script through the pipeline' {
        $long = (1..40 | ForEach-Object { "Sentence $_ goes here." }) -join ' '
        $parts = @(Split-AvatarIVScript -Script $long -MaxSeconds 10)

        $estimates = @($parts | Get-AvatarIVCredit -Estimate)

        $estimates.Count | Should -Be $parts.Count
        foreach ($estimate in $estimates) { $estimate.Source | Should -Be 'Script' }
    }
}

Describe 'Connect-AvatarIV' {
    It 'never shows the key' {
        $plain = 'pester-secret-' + [guid]::NewGuid().ToString('N')
        $connection = Connect-AvatarIV -ApiKey (ConvertTo-SecureString $plain -AsPlainText -Force) -BaseUri $mock.BaseUri -PassThru -Verbose 4>&1

        ($connection | Format-List * | Out-String) | Should -Not -Match $plain
        $connection | Where-Object { $_ -is [AvatarIV.PowerShell.Models.AvatarConnection] } |
            Select-Object -ExpandProperty BaseUri | Should -Be ([uri]$mock.BaseUri)
    }
}

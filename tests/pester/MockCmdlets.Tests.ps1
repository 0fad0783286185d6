#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The test kit cmdlets (Start-/Stop-AvatarIVMock and the *-AvatarIVMock* admin cmdlets) in real PowerShell,
# against the real mock built in this checkout. No sleeps: Start-AvatarIVMock waits for the mock's first line.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'AvatarIVMock.psm1') -Force
    $manifestPath = Initialize-AvatarIVBuild
    Import-Module $manifestPath
    $mockServer = Find-AvatarIVMockServer
    $samplePhoto = Join-Path (Get-AvatarIVRepositoryRoot) 'samples/avatar.jpg'
    $voiceId = 'ef3243cb71ba7aee00fb1cdcd95823f2'   # the mock's first catalogue voice

    function New-TestKey { 'pester-' + [guid]::NewGuid().ToString('N') }
    function ConvertTo-TestKey([string] $Key) { ConvertTo-SecureString $Key -AsPlainText -Force }
    function Get-KeyId([string] $Key) {
        # The mock's name for a key: key_ + 8 hex of its SHA-256.
        $sha = [System.Security.Cryptography.SHA256]::Create()
        try { 'key_' + (-join ($sha.ComputeHash([System.Text.Encoding]::UTF8.GetBytes($Key))[0..3] | ForEach-Object { $_.ToString('x2') })) }
        finally { $sha.Dispose() }
    }

    $mock = Start-AvatarIVMock -Path $mockServer -ArgumentList '--progression', 'manual' -Connect
}

AfterAll {
    $mock | Stop-AvatarIVMock
}

Describe 'Start-AvatarIVMock' {
    It 'returns a running mock on a loopback port, and -Connect connects the session to it' {
        $mock.BaseUri.Host | Should -Be '127.0.0.1'
        $mock.BaseUri.Port | Should -BeGreaterThan 0
        $mock.HasExited | Should -BeFalse
        $mock.Process.Id | Should -Be $mock.ProcessId
        (Invoke-RestMethod -Uri ([string]$mock.BaseUri + '_mock/health')).status | Should -Be 'ok'
        (Get-AvatarIVCredit).RemainingCredits | Should -BeGreaterThan 0
        @(Get-AvatarIVMockJournal -Path '/v3/users/me')[-1].KeyId | Should -Be (Get-KeyId 'avatariv-mock-test-key')
    }

    It 'connects with -ApiKey to a mock that accepts only that key' {
        $key = New-TestKey
        $own = Start-AvatarIVMock -Path $mockServer -ArgumentList '--api-key', $key -Connect -ApiKey (ConvertTo-TestKey $key) -ApiVersion Legacy
        try {
            (Get-AvatarIVCredit).ApiVersion | Should -Be 'Legacy'
            (Get-AvatarIVMockJournal -Path '/v2/user/remaining_quota')[-1].KeyId | Should -Be (Get-KeyId $key)
        }
        finally {
            $own | Stop-AvatarIVMock
            Connect-AvatarIV -ApiKey (ConvertTo-TestKey 'avatariv-mock-test-key') -BaseUri $mock.BaseUri
        }
    }

    It 'says AvatarIV.MockNotFound for a mock that is not there' {
        { Start-AvatarIVMock -Path (Join-Path $TestDrive 'nothing.dll') } | Should -Throw -ErrorId 'AvatarIV.MockNotFound,*'
    }

    It 'says AvatarIV.MockStartFailed, with the mock''s reason, when the mock refuses its flags' {
        $thrown = { Start-AvatarIVMock -Path $mockServer -ArgumentList '--progression', 'sometimes' } | Should -Throw -ErrorId 'AvatarIV.MockStartFailed,*' -PassThru
        $thrown.Exception.Message | Should -Match 'progression'
    }
}

Describe 'Stop-AvatarIVMock' {
    It 'stops a mock from the pipeline, is safe twice and with $null, and later admin calls say AvatarIV.MockNotStarted' {
        $other = Start-AvatarIVMock -Path $mockServer
        $stopped = $other | Stop-AvatarIVMock -PassThru
        $stopped.HasExited | Should -BeTrue
        { Stop-AvatarIVMock -Mock $other; Stop-AvatarIVMock -Mock $null } | Should -Not -Throw
        { Get-AvatarIVMockFault -Mock $other } | Should -Throw -ErrorId 'AvatarIV.MockNotStarted,*'
    }
}

Describe 'Set-AvatarIVMockBalance' {
    It 'sets the connected key''s balance and tier' {
        $ledger = Set-AvatarIVMockBalance -Credits 12.5 -Tier free -PassThru
        $ledger.BalanceCredits | Should -Be 12.5
        $ledger.Tier | Should -Be 'free'
        $ledger.KeyId | Should -Be (Get-KeyId 'avatariv-mock-test-key')
        (Get-AvatarIVCredit).RemainingCredits | Should -Be 12.5
    }

    It 'sets another key''s balance with -ApiKey, and -WhatIf changes nothing' {
        $key = New-TestKey
        (Set-AvatarIVMockBalance -Credits 3 -ApiKey (ConvertTo-TestKey $key) -PassThru).KeyId | Should -Be (Get-KeyId $key)
        Set-AvatarIVMockBalance -Credits 99 -ApiKey (ConvertTo-TestKey $key) -WhatIf
        (Get-AvatarIVCredit -ApiKey (ConvertTo-TestKey $key)).RemainingCredits | Should -Be 3
    }
}

Describe 'Set-AvatarIVMockProgression' {
    It 'finishes a manual video on its next status read' {
        Set-AvatarIVMockBalance -Credits 100 -Tier pro
        $video = Send-AvatarPhoto -LiteralPath $samplePhoto | New-AvatarIVVideo -Script 'Hello there.' -VoiceId $voiceId
        (Get-AvatarIVVideo -VideoId $video.VideoId).Status | Should -Be 'Pending'

        $job = $video | Set-AvatarIVMockProgression -Mode polls:1 -PassThru

        $job.Mode | Should -Be 'polls:1'
        $job.VideoId | Should -Be $video.VideoId
        (Get-AvatarIVVideo -VideoId $video.VideoId).Status | Should -Be 'Completed'
    }

    It 'writes AvatarIV.MockRefused for an unknown video and goes on' {
        Set-AvatarIVMockProgression -VideoId 'no-such-video' -Mode immediate -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.MockRefused,*'
        $refused[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses a mode that is not one' {
        { Set-AvatarIVMockProgression -VideoId 'x' -Mode 'sometimes' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}

Describe 'Add-, Get- and Remove-AvatarIVMockFault' {
    AfterEach { Remove-AvatarIVMockFault -All }

    It 'adds a rule the client then meets, lists it with its hits, and removes it from the pipeline' {
        $rule = Add-AvatarIVMockFault -Path '/v3/voices' -Method GET -StatusCode 404 -Times 3
        $rule.StatusCode | Should -Be 404
        $rule.TimesLeft | Should -Be 3

        { Get-AvatarIVVoice -ErrorAction Stop } | Should -Throw -ErrorId 'AvatarIV.NotFound,*'

        (Get-AvatarIVMockFault -Id $rule.Id).Hits | Should -Be 1
        Get-AvatarIVMockFault | Remove-AvatarIVMockFault
        Get-AvatarIVMockFault | Should -BeNullOrEmpty
    }

    It 'removes every rule with -All, and an unknown id is AvatarIV.MockRefused' {
        $null = Add-AvatarIVMockFault -Path '/v3/*' -Kind latency -LatencyMs 1
        $null = Add-AvatarIVMockFault -Path '/nowhere' -ErrorCode video_not_found -Phase After
        @(Get-AvatarIVMockFault).Count | Should -Be 2
        Remove-AvatarIVMockFault -All
        Get-AvatarIVMockFault | Should -BeNullOrEmpty
        Remove-AvatarIVMockFault -Id 'no-such-rule' -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.MockRefused,*'
    }

    It 'says AvatarIV.MockRefused, naming the field, for a rule the mock refuses' {
        Add-AvatarIVMockFault -Path '/v3/voices' -StatusCode 418 -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AvatarIV.MockRefused,*'
        $refused[0].ToString() | Should -Match 'status'
    }
}

Describe 'Get-AvatarIVMockJournal' {
    It 'lists the requests made, filtered by path and method, with key ids and never keys' {
        $key = New-TestKey
        $null = Get-AvatarIVVoice -ApiKey (ConvertTo-TestKey $key)

        $entries = @(Get-AvatarIVMockJournal -Path '/v3/voices' -Method GET | Where-Object KeyId -eq (Get-KeyId $key))

        $entries.Count | Should -Be 1
        $entries[0].StatusCode | Should -Be 200
        (Get-AvatarIVMockJournal | Out-String -Width 400) | Should -Not -Match $key
        @(Get-AvatarIVMockJournal -Since ([datetime]::UtcNow.AddHours(1))).Count | Should -Be 0
    }
}

# MyVideos.Tests.ps1 (Pester 5): a runbook function tested against the AvatarIV mock.
BeforeAll {
    $repository = Resolve-Path "$PSScriptRoot/../.."                # your AvatarIV checkout
    Import-Module "$repository/tests/pester/AvatarIVMock.psm1"      # finds what the checkout built
    Import-Module (Get-AvatarIVModuleManifest)                      # out/AvatarIV/<version>/AvatarIV.psd1
    . $PSScriptRoot/MyVideos.ps1                                    # the script under test

    # The mock on a free port, and this session connected to it with a test key. With the avatariv-mock
    # tool installed, 'Start-AvatarIVMock -Connect' is enough; -Path runs the mock this checkout built.
    # Video jobs finish on their second status read: fast, and no sleeps in tests.
    $mock = Start-AvatarIVMock -Path (Find-AvatarIVMockServer) -ArgumentList '--progression', 'polls:2' -Connect
    $photos = Join-Path $TestDrive 'photos'
    New-Item -ItemType Directory -Path $photos | Out-Null
    Copy-Item "$repository/samples/avatar.jpg" (Join-Path $photos 'ada.jpg')
    Copy-Item "$repository/samples/avatar.jpg" (Join-Path $photos 'grace.jpg')
}
AfterAll { $mock | Stop-AvatarIVMock }

Describe 'Publish-WelcomeVideos' {
    It 'makes one video per photo and reports no failures' {
        $videos = @(Publish-WelcomeVideos -PhotoFolder $photos -ErrorVariable failures -ErrorAction SilentlyContinue)
        $videos.Count | Should -Be 2
        $videos.FilePath | Should -Exist
        $failures | Should -BeNullOrEmpty
        @(Get-AvatarIVMockJournal -Path '/v3/videos' -Method POST).Count | Should -Be 2
    }

    It 'stops cleanly when the balance runs out' {
        Set-AvatarIVMockBalance -Credits 0.1                         # the connected key's balance at the mock
        { Publish-WelcomeVideos -PhotoFolder $photos -ErrorAction Stop } |
            Should -Throw -ErrorId 'AvatarIV.InsufficientCredit,*'   # the FullyQualifiedErrorId is 'ErrorId,Cmdlet'
    }

    It 'gets its videos even when HeyGen answers 503 twice' {
        Add-AvatarIVMockFault -Path '/v3/videos' -Method POST -StatusCode 503 -Times 2 | Out-Null
        Set-AvatarIVMockBalance -Credits 100
        @(Publish-WelcomeVideos -PhotoFolder $photos).Count | Should -Be 2
        @(Get-AvatarIVMockJournal -Path '/v3/videos' -Method POST | Where-Object StatusCode -eq 503).Count | Should -Be 2
    }
}

# MyVideos.Tests.ps1 (Pester 5): a runbook function tested against the AvatarIV mock.
BeforeAll {
    $repository = Resolve-Path "$PSScriptRoot/../.."                # your AvatarIV checkout
    Import-Module "$repository/tests/pester/AvatarIVMock.psm1"
    Import-Module (Get-AvatarIVModuleManifest)                      # out/AvatarIV/<version>/AvatarIV.psd1
    . $PSScriptRoot/MyVideos.ps1                                    # the script under test

    # Video jobs finish on their second status read: fast, and no sleeps in tests.
    $mock = Start-AvatarIVMock -ArgumentList '--progression', 'polls:2'
    Connect-AvatarIV -ApiKey (ConvertTo-SecureString 'test-key' -AsPlainText -Force) -BaseUri $mock.BaseUri
    $photos = Join-Path $TestDrive 'photos'
    New-Item -ItemType Directory -Path $photos | Out-Null
    Copy-Item "$repository/samples/avatar.jpg" (Join-Path $photos 'ada.jpg')
    Copy-Item "$repository/samples/avatar.jpg" (Join-Path $photos 'grace.jpg')
}
AfterAll { Stop-AvatarIVMock -Mock $mock }

Describe 'Publish-WelcomeVideos' {
    It 'makes one video per photo and reports no failures' {
        $videos = @(Publish-WelcomeVideos -PhotoFolder $photos -ErrorVariable failures -ErrorAction SilentlyContinue)
        $videos.Count | Should -Be 2
        $videos.FilePath | Should -Exist
        $failures | Should -BeNullOrEmpty
    }

    It 'stops cleanly when the balance runs out' {
        Invoke-AvatarIVMockAdmin -Mock $mock -Method Put -Path '_mock/ledgers' -Body @{ api_key = 'test-key'; credits = 0.1 }
        { Publish-WelcomeVideos -PhotoFolder $photos -ErrorAction Stop } |
            Should -Throw -ErrorId 'AvatarIV.InsufficientCredit,*'   # the FullyQualifiedErrorId is 'ErrorId,Cmdlet'
    }
}

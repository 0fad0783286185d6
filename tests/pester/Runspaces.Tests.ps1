#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# One connection per runspace, as users meet it: a thread job never uses the key of the session that started it.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'AvatarIVMock.psm1') -Force
    $manifestPath = Initialize-AvatarIVBuild
    Import-Module $manifestPath
    $mock = Start-AvatarIVMock -Path (Find-AvatarIVMockServer) -ArgumentList '--progression', 'immediate'
}

AfterAll {
    $mock | Stop-AvatarIVMock
}

Describe 'Connections and runspaces' {
    It 'does not lend the session''s key to a thread job, whose own Connect-AvatarIV changes nothing here' {
        $key = 'runspace-' + [guid]::NewGuid().ToString('N')
        Connect-AvatarIV -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $mock.BaseUri
        $previous = $env:HEYGEN_API_KEY
        $env:HEYGEN_API_KEY = $null
        try {
            $job = Start-ThreadJob -ArgumentList $manifestPath, $mock.BaseUri -ScriptBlock {
                param($Manifest, $BaseUri)
                Import-Module $Manifest
                try { Get-AvatarIVCredit -ErrorAction Stop; 'used a key' } catch { $_.FullyQualifiedErrorId }
                Connect-AvatarIV -ApiKey (ConvertTo-SecureString 'other-key' -AsPlainText -Force) -BaseUri $BaseUri
            }
            $answers = @($job | Wait-Job | Receive-Job)
            $job | Remove-Job
        }
        finally {
            $env:HEYGEN_API_KEY = $previous
        }

        $answers[0] | Should -BeLike 'AvatarIV.NotConnected,*'
        # This session still uses its own key: its ledger, not the job's, answers.
        (Connect-AvatarIV -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $mock.BaseUri -PassThru).BaseUri | Should -Be ([uri]$mock.BaseUri)
        (Get-AvatarIVCredit).RemainingCredits | Should -BeGreaterThan 0
    }
}

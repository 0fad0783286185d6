#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The built module as PowerShell sees it: manifest, exports, help. Run with ./build.ps1 -Test or
# Invoke-Pester ./tests/pester (builds the solution first when the module folder is missing).

BeforeDiscovery {
    # Test cases are made at discovery time, so read the cmdlet list from the source manifest.
    $sourceManifest = Import-PowerShellDataFile -LiteralPath (Join-Path $PSScriptRoot '../../AvatarIV.psd1')
    $exportedCmdlets = @($sourceManifest.CmdletsToExport)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'AvatarIVMock.psm1') -Force
    $manifestPath = Initialize-AvatarIVBuild
    # No -Force: a binary module cannot be unloaded, and re-importing it would hook its dependency loader twice.
    Import-Module $manifestPath
    $module = Get-Module -Name AvatarIV
}

Describe 'The AvatarIV module manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'has the version set in Directory.Build.props' {
        $module.Version | Should -Be ([version](Get-AvatarIVVersion))
    }

    It 'runs on PowerShell 7 and Windows PowerShell 5.1' {
        $module.CompatiblePSEditions | Should -Be @('Core', 'Desktop')
        $module.PowerShellVersion | Should -Be ([version]'5.1')
    }

    It 'exports exactly the cmdlets the manifest lists, and nothing else' {
        $listed = @((Import-PowerShellDataFile -LiteralPath $manifestPath).CmdletsToExport | Sort-Object)
        $exported = @(Get-Command -Module AvatarIV | Sort-Object Name)
        $exported.Name | Should -Be $listed
        $exported.CommandType | Select-Object -Unique | Should -Be 'Cmdlet'
    }

    It 'loads the build made for this PowerShell, with its dependencies kept apart' {
        $moduleRoot = Split-Path -Parent $manifestPath
        $build = if ($PSEdition -eq 'Core') { 'core' } else { 'desktop' }
        @(Get-ChildItem -LiteralPath $moduleRoot -Filter *.dll) | Should -BeNullOrEmpty
        (Get-Command Wait-AvatarIVVideo).DLL | Should -Be (Join-Path $moduleRoot "$build/AvatarIV.PowerShell.dll")
        Join-Path $moduleRoot "$build/Dependencies/RestSharp.dll" | Should -Exist
        Join-Path $moduleRoot "$build/Dependencies/AvatarIV.Mock.Client.dll" | Should -Exist
    }

    It 'shows its output types in readable tables' {
        $formats = @(Get-FormatData -TypeName 'AvatarIV.PowerShell.Models.*')
        $formats.TypeNames | Should -Contain 'AvatarIV.PowerShell.Models.AvatarVideo'
        $formats.TypeNames | Should -Contain 'AvatarIV.PowerShell.Models.AvatarAsset'
    }
}

Describe 'Get-Help <_>' -ForEach $exportedCmdlets {
    BeforeAll {
        $cmdletName = $_
        $help = Get-Help -Name $cmdletName -Full
        $commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters
    }

    It 'has a synopsis written for it' {
        # Without MAML help, Get-Help makes the synopsis from the syntax, which starts with the cmdlet's name.
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($cmdletName))\b"
    }

    It 'has examples' {
        $examples = @($help.Examples.Example)
        $examples.Count | Should -BeGreaterThan 0
        foreach ($example in $examples) {
            $example.Code | Should -Match ([regex]::Escape($cmdletName))
        }
    }

    It 'describes every parameter' {
        $parameters = (Get-Command -Name $cmdletName).Parameters.Keys | Where-Object { $commonParameters -notcontains $_ }
        foreach ($parameter in $parameters) {
            $entry = @($help.Parameters.Parameter) | Where-Object { $_.Name -eq $parameter }
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter of $cmdletName needs help"
            ($entry.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter of $cmdletName needs a description"
        }
    }

    It 'links to related commands' {
        @($help.RelatedLinks.NavigationLink).Count | Should -BeGreaterThan 0
    }
}

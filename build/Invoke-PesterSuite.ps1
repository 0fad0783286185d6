#Requires -Version 5.1
<#
.SYNOPSIS
Runs the Pester suite (tests/pester) with the given Pester module; the exit code is the number of failed tests.
build.ps1 -Test runs it in a fresh PowerShell, so the binary module it imports never stays loaded in the caller.
#>
param(
    [Parameter(Mandatory = $true)] [string] $PesterManifest,
    [Parameter(Mandatory = $true)] [string] $TestsPath,
    # Where to write the NUnit XML result; empty for none.
    [string] $ResultPath
)
$ErrorActionPreference = 'Stop'
Import-Module -Name $PesterManifest
$configuration = New-PesterConfiguration
$configuration.Run.Path = $TestsPath
$configuration.Run.Exit = $true
$configuration.Output.Verbosity = 'Detailed'
if ($ResultPath) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputPath = $ResultPath
}
Invoke-Pester -Configuration $configuration

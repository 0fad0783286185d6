#Requires -Version 5.1
<#
.SYNOPSIS
Builds the AvatarIV PowerShell module into out/AvatarIV/<version>/, and optionally tests, demonstrates or packages it.

.DESCRIPTION
Without switches: 'dotnet build -c Release' of the whole solution, which lays out the importable module folder
out/AvatarIV/<version>/ (the version comes from AvatarIVVersion in Directory.Build.props). The folder's path is
the script's output.

The switches add steps, in this order, and combine freely:
  -Test        dotnet test, then the Pester suite in tests/pester when Pester 5 is installed.
  -Demo        starts the mock server on a free port, runs the photo-to-video pipeline on samples/ and shows the file.
  -Package     writes a PowerShell-repository .nupkg (Publish-Module / Install-Module layout) to out/packages/.
  -UpdateHelp  regenerates the MAML help from src/AvatarIV.PowerShell/help/*.json.

Works in PowerShell 7 and Windows PowerShell 5.1. Needs the .NET 10 SDK ('dotnet' on PATH). The module is imported
only in child PowerShell processes, so this session never locks the files the next build overwrites.

.EXAMPLE
./build.ps1
Builds and prints the module folder, e.g. /src/avatariv/out/AvatarIV/0.1.0.

.EXAMPLE
./build.ps1 -Test
Builds, runs the xunit suites, then the Pester suite.

.EXAMPLE
./build.ps1 -Demo
Runs Get-ChildItem samples/*.jpg | Send-AvatarPhoto | New-AvatarIVVideo ... | Wait-AvatarIVVideo against the mock.

.EXAMPLE
./build.ps1 -Package; Publish-Module -Path ./out/AvatarIV/0.1.0 -Repository MyRepo
Makes out/packages/AvatarIV.<version>.nupkg, or publishes the folder with PowerShellGet.
#>
[CmdletBinding()]
param(
    # Run dotnet test, then Invoke-Pester tests/pester when Pester 5 is available.
    [switch] $Test,
    # Start the mock and run the end-to-end pipeline on the bundled sample photo and script.
    [switch] $Demo,
    # Write a .nupkg for a PowerShell repository to -PackageOutput.
    [switch] $Package,
    # Regenerate src/AvatarIV.PowerShell/en-US/AvatarIV.PowerShell.dll-Help.xml from the help content files.
    [switch] $UpdateHelp,
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    # Folder for -Package's .nupkg; default out/packages.
    [string] $PackageOutput
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$root = $PSScriptRoot
Import-Module (Join-Path $root 'tests/pester/AvatarIVMock.psm1') -Force -Scope Local

function Invoke-Dotnet {
    # Runs dotnet with the given arguments; its output goes to the host, not into this script's output.
    param([Parameter(Mandatory = $true)] [string[]] $Arguments)
    Write-Host "> dotnet $($Arguments -join ' ')" -ForegroundColor DarkGray
    & dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "'dotnet $($Arguments -join ' ')' failed with exit code $LASTEXITCODE; see its output above."
    }
}

function Invoke-ChildPowerShell {
    # Runs a script block in a fresh PowerShell of the same edition, so binary modules it imports do not stay
    # loaded (and locked, on Windows) in this session.
    param([Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock, [object[]] $ArgumentList = @(), [string] $What)
    $shell = (Get-Process -Id $PID).Path
    & $shell -NoProfile -NonInteractive -Command $ScriptBlock -args $ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed (exit code $LASTEXITCODE); see the output above."
    }
}

function Invoke-AvatarIVBuild {
    if (-not (Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue)) {
        throw "The 'dotnet' command is not on PATH. Install the .NET 10 SDK from https://dot.net and open a new shell."
    }
    Invoke-Dotnet @('build', (Join-Path $root 'AvatarIV.slnx'), '-c', $Configuration, '--nologo')
    $manifest = Get-AvatarIVModuleManifest -RepositoryRoot $root
    if (-not (Test-Path -LiteralPath $manifest -PathType Leaf)) {
        throw "The build did not produce '$manifest'; check that build/Module.targets is imported by src/AvatarIV.PowerShell."
    }
    Split-Path -Parent $manifest
}

function Update-AvatarIVHelp {
    $previous = $env:AVATARIV_UPDATE_HELP
    $env:AVATARIV_UPDATE_HELP = '1'
    try {
        Invoke-Dotnet @('test', (Join-Path $root 'tests/AvatarIV.PowerShell.Tests'), '-c', $Configuration, '--no-build',
            '--filter', 'FullyQualifiedName~Metadata.Help')
    }
    finally {
        $env:AVATARIV_UPDATE_HELP = $previous
    }
    # Lay the new help file out in the module folder.
    Invoke-Dotnet @('build', (Join-Path $root 'src/AvatarIV.PowerShell'), '-c', $Configuration, '--nologo')
}

function Invoke-AvatarIVTest {
    Invoke-Dotnet @('test', (Join-Path $root 'AvatarIV.slnx'), '-c', $Configuration, '--no-build', '--nologo')

    $pester = Get-Module -ListAvailable -Name Pester |
        Where-Object { $_.Version -ge [version]'5.0.0' } |
        Sort-Object Version -Descending |
        Select-Object -First 1
    if ($null -eq $pester) {
        Write-Warning 'Pester 5 is not installed, so tests/pester was skipped. Install it with: Install-Module Pester -MinimumVersion 5.0.0 -Scope CurrentUser -Force -SkipPublisherCheck'
        return
    }

    $previous = $env:AVATARIV_CONFIGURATION
    $env:AVATARIV_CONFIGURATION = $Configuration
    try {
        Invoke-ChildPowerShell -What 'The Pester suite' -ArgumentList $pester.Path, (Join-Path $root 'tests/pester') -ScriptBlock {
            param($PesterManifest, $TestsPath)
            $ErrorActionPreference = 'Stop'
            Import-Module $PesterManifest
            $configuration = New-PesterConfiguration
            $configuration.Run.Path = $TestsPath
            $configuration.Run.Exit = $true
            $configuration.Output.Verbosity = 'Detailed'
            Invoke-Pester -Configuration $configuration
        }
    }
    finally {
        $env:AVATARIV_CONFIGURATION = $previous
    }
}

function Invoke-AvatarIVDemo {
    param([string] $ModuleDirectory)
    $mockServer = Join-Path $root "src/MockServer/bin/$Configuration/net10.0/AvatarIV.MockServer.dll"
    $mock = Start-AvatarIVMock -MockServerPath $mockServer -ArgumentList '--progression', 'polls:2'
    try {
        Write-Host "Mock server listening at $($mock.BaseUri)" -ForegroundColor Cyan
        $arguments = @(
            (Join-Path $ModuleDirectory 'AvatarIV.psd1'),
            $mock.BaseUri,
            (Join-Path $root 'samples'),
            (Join-Path $root 'out/demo')
        )
        Invoke-ChildPowerShell -What 'The demo' -ArgumentList $arguments -ScriptBlock {
            param($Manifest, $BaseUri, $Samples, $OutputDirectory)
            $ErrorActionPreference = 'Stop'
            Set-Location -LiteralPath $Samples
            Import-Module $Manifest
            # The mock accepts any non-empty key; each key gets its own credit balance.
            Connect-AvatarIV -ApiKey (ConvertTo-SecureString 'demo-key' -AsPlainText -Force) -BaseUri $BaseUri
            $voice = Get-AvatarIVVoice | Select-Object -First 1
            if ($null -eq $voice) { throw 'The mock server listed no voices.' }
            Write-Host "Voice: $($voice.Name) ($($voice.VoiceId))"
            Write-Host "Credits before: $((Get-AvatarIVCredit).RemainingCredits)"

            $videos = @(Get-ChildItem ./*.jpg |
                Send-AvatarPhoto |
                New-AvatarIVVideo -Script (Get-Content ./script.txt -Raw) -VoiceId $voice.VoiceId -Title 'AvatarIV demo' |
                Wait-AvatarIVVideo -OutputDirectory $OutputDirectory -Force)

            Write-Host "Credits after:  $((Get-AvatarIVCredit).RemainingCredits)"
            $videos | Format-Table | Out-String | Write-Host
            if ($videos.Count -eq 0) { throw 'The demo produced no video.' }
            $videos | ForEach-Object { Get-Item -LiteralPath $_.FilePath } |
                Format-Table Name, @{ Label = 'Size (bytes)'; Expression = { $_.Length } }, FullName -AutoSize |
                Out-String | Write-Host
        }
    }
    finally {
        Stop-AvatarIVMock -Mock $mock
        Write-Host 'Mock server stopped.' -ForegroundColor Cyan
    }
}

function New-AvatarIVPackage {
    # A nupkg with the module files at its root and PowerShellGet's tags: the layout Publish-Module produces,
    # made with 'dotnet pack' and a generated .nuspec so that it needs no PowerShellGet or nuget.exe.
    param([string] $ModuleDirectory)
    $outputDirectory = if ($PackageOutput) { $PackageOutput } else { Join-Path $root 'out/packages' }
    $staging = Join-Path $root 'out/package-staging'
    if (Test-Path -LiteralPath $staging) { Remove-Item -LiteralPath $staging -Recurse -Force }
    New-Item -ItemType Directory -Path $staging | Out-Null

    $manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $ModuleDirectory 'AvatarIV.psd1')
    $psData = $manifest.PrivateData.PSData
    $cmdletTags = foreach ($cmdlet in $manifest.CmdletsToExport) { "PSCmdlet_$cmdlet"; "PSCommand_$cmdlet" }
    $tags = @('PSModule', 'PSIncludes_Cmdlet') + @($psData.Tags) + @($cmdletTags) | Select-Object -Unique
    $escape = { param($text) [System.Security.SecurityElement]::Escape([string]$text) }

    $nuspec = @"
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd">
  <metadata>
    <id>AvatarIV</id>
    <version>$(& $escape $manifest.ModuleVersion)</version>
    <authors>$(& $escape $manifest.Author)</authors>
    <owners>$(& $escape $manifest.CompanyName)</owners>
    <requireLicenseAcceptance>false</requireLicenseAcceptance>
    <licenseUrl>$(& $escape $psData.LicenseUri)</licenseUrl>
    <projectUrl>$(& $escape $psData.ProjectUri)</projectUrl>
    <description>$(& $escape $manifest.Description)</description>
    <releaseNotes>$(& $escape $psData.ReleaseNotes)</releaseNotes>
    <copyright>$(& $escape $manifest.Copyright)</copyright>
    <tags>$(& $escape ($tags -join ' '))</tags>
  </metadata>
  <files>
    <file src="**" target="" />
  </files>
</package>
"@
    $project = @"
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <EnableDefaultItems>false</EnableDefaultItems>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <NuspecFile>AvatarIV.nuspec</NuspecFile>
    <NuspecBasePath>$(& $escape $ModuleDirectory)</NuspecBasePath>
    <!-- A PowerShell module is not a .NET library: its assemblies sit at the package root on purpose. -->
    <NoWarn>`$(NoWarn);NU5100;NU5110;NU5111;NU5119;NU5125</NoWarn>
  </PropertyGroup>
</Project>
"@
    $utf8 = New-Object System.Text.UTF8Encoding($false)
    [System.IO.File]::WriteAllText((Join-Path $staging 'AvatarIV.nuspec'), $nuspec, $utf8)
    [System.IO.File]::WriteAllText((Join-Path $staging 'AvatarIV.Package.csproj'), $project, $utf8)

    # The staging project must not pick up the repository's build settings (warnings as errors, central packages).
    Invoke-Dotnet @('pack', (Join-Path $staging 'AvatarIV.Package.csproj'), '-c', 'Release', '--nologo', '-o', $outputDirectory,
        '-p:ImportDirectoryBuildProps=false', '-p:ImportDirectoryBuildTargets=false', '-p:ImportDirectoryPackagesProps=false')
    Remove-Item -LiteralPath $staging -Recurse -Force
    $nupkg = Join-Path $outputDirectory "AvatarIV.$($manifest.ModuleVersion).nupkg"
    Write-Host "Package: $nupkg" -ForegroundColor Green
    Write-Host "Publish it with: Publish-Module -Path '$ModuleDirectory' -Repository <name>  (or push the .nupkg to a NuGet feed)"
}

$moduleDirectory = Invoke-AvatarIVBuild
Write-Host "Module folder: $moduleDirectory" -ForegroundColor Green
if ($UpdateHelp) { Update-AvatarIVHelp }
if ($Test) { Invoke-AvatarIVTest }
if ($Demo) { Invoke-AvatarIVDemo -ModuleDirectory $moduleDirectory }
if ($Package) { New-AvatarIVPackage -ModuleDirectory $moduleDirectory }
$moduleDirectory

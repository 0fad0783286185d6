#Requires -Version 5.1
<#
.SYNOPSIS
Builds the AvatarIV PowerShell module into out/AvatarIV/<version>/, and optionally tests, demonstrates or packages it.

.DESCRIPTION
Without switches: 'dotnet build -c Release' of the whole solution, which lays out the importable module folder
out/AvatarIV/<version>/ (the version comes from AvatarIVVersion in Directory.Build.props). The folder's path is
the script's output.

The switches add steps, in this order, and combine freely:
  -UpdateHelp  regenerates the MAML help from src/AvatarIV.PowerShell/help/*.json.
  -Test        every test: dotnet test (xunit, including PowerShell hosted in process), the Pester suite in
               tests/pester in this same PowerShell (Pester 5.9.1 restored from NuGet), then the demo and the
               package below as checks.
  -Demo        starts the mock server on a free port, runs samples/demo.ps1 (the photo-to-video pipeline) and
               prints the MP4 files it wrote.
  -Package     writes a PowerShell-repository .nupkg (Publish-Module / Install-Module layout) to out/packages/.

Works in PowerShell 7.4+ and Windows PowerShell 5.1. Needs the .NET 10 SDK ('dotnet' on PATH); with only the SDK,
run it through the pinned PowerShell .NET tool: dotnet tool restore; dotnet pwsh ./build.ps1 -Test
The module is imported only in child PowerShell processes started from $PSHOME, so this session never locks the
files the next build overwrites.

.EXAMPLE
./build.ps1
Builds and prints the module folder, e.g. /src/avatariv/out/AvatarIV/0.1.0.

.EXAMPLE
dotnet tool restore; dotnet pwsh ./build.ps1 -Test
Builds and runs every test: xunit, the in-process PowerShell tests, Pester, the demo and the package.

.EXAMPLE
./build.ps1 -Demo
Runs Get-ChildItem samples/*.jpg | Send-AvatarPhoto | New-AvatarIVVideo ... | Wait-AvatarIVVideo against the mock.

.EXAMPLE
./build.ps1 -Package; Publish-Module -Path ./out/AvatarIV/0.1.0 -Repository MyRepo
Makes out/packages/AvatarIV.<version>.nupkg, or publishes the folder with PowerShellGet.
#>
[CmdletBinding()]
param(
    # Run every test: dotnet test, the Pester suite, and the demo and package as checks.
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
# Keep in step with build/pester/Pester.Restore.csproj.
$PesterVersion = '5.9.1'
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

function Get-ChildPowerShellCommand {
    # The command that starts this same PowerShell again: its executable in $PSHOME (pwsh, pwsh.exe or
    # powershell.exe). Under the PowerShell .NET tool ('dotnet pwsh') the process itself is 'dotnet', so the path of
    # the process would start 'dotnet -NoProfile ...'; there the tool's pwsh.dll is run by that same dotnet.
    $processPath = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') {
        return @($processPath, (Join-Path $PSHOME 'pwsh.dll'))
    }
    $name = if ($PSEdition -eq 'Desktop') { 'powershell.exe' } elseif ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }
    $shell = Join-Path $PSHOME $name
    if (Test-Path -LiteralPath $shell -PathType Leaf) { return @($shell) }
    @($processPath)
}

function Invoke-ChildPowerShell {
    # Runs a script file in a fresh PowerShell of the same edition and version, so binary modules it imports do not
    # stay loaded (and locked, on Windows) in this session. Its output goes straight to the console, once.
    param([Parameter(Mandatory = $true)] [string] $ScriptPath, [string[]] $ArgumentList = @(), [string] $What)
    $command = @(Get-ChildPowerShellCommand)
    $shell = $command[0]
    $prefix = @($command | Select-Object -Skip 1)
    & $shell @prefix -NoProfile -NonInteractive -File $ScriptPath @ArgumentList
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

function Get-PesterModule {
    # Pester $PesterVersion from NuGet (build/pester restores it), so the suite runs where PSGallery is unreachable.
    # A Pester 5 already installed is used when the restore cannot run.
    Invoke-Dotnet @('restore', (Join-Path $root 'build/pester/Pester.Restore.csproj'), '--nologo', '-v', 'q')
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else {
        ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
    }
    $manifest = Join-Path $packages "pester/$PesterVersion/tools/Pester.psd1"
    if (Test-Path -LiteralPath $manifest -PathType Leaf) { return $manifest }
    throw "Pester $PesterVersion was not found at '$manifest' after 'dotnet restore build/pester'; check the NuGet source."
}

function Invoke-AvatarIVTest {
    Invoke-Dotnet @('test', (Join-Path $root 'AvatarIV.slnx'), '-c', $Configuration, '--no-build', '--nologo')

    $pester = Get-PesterModule
    $previous = $env:AVATARIV_CONFIGURATION
    $env:AVATARIV_CONFIGURATION = $Configuration
    try {
        Write-Host "> Pester $PesterVersion on tests/pester in PowerShell $($PSVersionTable.PSVersion) ($PSHOME)" -ForegroundColor DarkGray
        Invoke-ChildPowerShell -What 'The Pester suite' -ScriptPath (Join-Path $root 'build/Invoke-PesterSuite.ps1') -ArgumentList @(
            '-PesterManifest', $pester, '-TestsPath', ((Join-Path $root 'tests/pester'), (Join-Path $root 'samples/pester') -join ','),
            '-ResultPath', (Join-Path $root 'out/test-results/pester.xml'))
    }
    finally {
        $env:AVATARIV_CONFIGURATION = $previous
    }
}

function Invoke-AvatarIVDemo {
    param([string] $ModuleDirectory)
    $mockServer = Join-Path $root "src/MockServer/bin/$Configuration/net10.0/AvatarIV.MockServer.dll"
    $mock = Start-AvatarIVMockProcess -MockServerPath $mockServer -ArgumentList '--progression', 'polls:2'
    try {
        Write-Host "Mock server listening at $($mock.BaseUri)" -ForegroundColor Cyan
        Invoke-ChildPowerShell -What 'The demo' -ScriptPath (Join-Path $root 'samples/demo.ps1') -ArgumentList @(
            '-ModulePath', (Join-Path $ModuleDirectory 'AvatarIV.psd1'),
            '-BaseUri', $mock.BaseUri,
            '-OutputDirectory', (Join-Path $root 'out/demo'))
    }
    finally {
        Stop-AvatarIVMockProcess -Mock $mock
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
    Assert-AvatarIVPackage -Path $nupkg
    Write-Host "Package: $nupkg" -ForegroundColor Green
    Write-Host "Publish it with: Publish-Module -Path '$ModuleDirectory' -Repository <name>  (or push the .nupkg to a NuGet feed)"
}

function Assert-AvatarIVPackage {
    # The package must hold the importable module at its root: manifest, root module and both builds.
    param([string] $Path)
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($Path)
    try { $entries = @($zip.Entries | ForEach-Object { $_.FullName }) } finally { $zip.Dispose() }
    $required = 'AvatarIV.psd1', 'AvatarIV.psm1', 'AvatarIV.Format.ps1xml', 'core/AvatarIV.PowerShell.dll',
        'core/Dependencies/AvatarIV.Core.dll', 'desktop/AvatarIV.PowerShell.dll', 'desktop/Dependencies/AvatarIV.Core.dll'
    $missing = @($required | Where-Object { $entries -notcontains $_ })
    if ($missing.Count -gt 0) { throw "The package '$Path' lacks $($missing -join ', '); it would not import." }
}

$moduleDirectory = Invoke-AvatarIVBuild
Write-Host "Module folder: $moduleDirectory" -ForegroundColor Green
if ($UpdateHelp) { Update-AvatarIVHelp }
if ($Test) { Invoke-AvatarIVTest }
if ($Demo -or $Test) { Invoke-AvatarIVDemo -ModuleDirectory $moduleDirectory }
if ($Package -or $Test) { New-AvatarIVPackage -ModuleDirectory $moduleDirectory }
$moduleDirectory

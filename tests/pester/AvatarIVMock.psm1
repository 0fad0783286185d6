# Helpers shared by build.ps1 and the Pester suite: find the built module and mock server, and call the mock's
# admin API where no cmdlet does. Tests start the mock with the module's own Start-AvatarIVMock cmdlet;
# Start-/Stop-AvatarIVMockProcess are for build.ps1, which runs the demo without importing the built module.
# Windows PowerShell 5.1 and PowerShell 7 compatible.

Set-StrictMode -Version Latest

function Get-AvatarIVRepositoryRoot {
    <# .SYNOPSIS The repository root (the folder holding AvatarIV.slnx), two levels above this file. #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    if (-not (Test-Path -LiteralPath (Join-Path $root 'AvatarIV.slnx') -PathType Leaf)) {
        throw "Cannot find AvatarIV.slnx in '$root'. Keep AvatarIVMock.psm1 in tests/pester of the AvatarIV repository."
    }
    $root
}

function Get-AvatarIVVersion {
    <# .SYNOPSIS The product version: AvatarIVVersion in Directory.Build.props, the one place it lives. #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $RepositoryRoot = (Get-AvatarIVRepositoryRoot))
    $propsPath = Join-Path $RepositoryRoot 'Directory.Build.props'
    $props = [xml](Get-Content -LiteralPath $propsPath -Raw)
    $node = $props.SelectSingleNode('/Project/PropertyGroup/AvatarIVVersion')
    if ($null -eq $node -or [string]::IsNullOrWhiteSpace($node.InnerText)) {
        throw "Directory.Build.props has no AvatarIVVersion property; add <AvatarIVVersion>x.y.z</AvatarIVVersion> to its PropertyGroup."
    }
    $node.InnerText.Trim()
}

function Get-AvatarIVModuleManifest {
    <# .SYNOPSIS Path of the built manifest, out/AvatarIV/<version>/AvatarIV.psd1 (whether or not it exists yet). #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $RepositoryRoot = (Get-AvatarIVRepositoryRoot))
    Join-Path $RepositoryRoot (Join-Path 'out/AvatarIV' (Join-Path (Get-AvatarIVVersion -RepositoryRoot $RepositoryRoot) 'AvatarIV.psd1'))
}

function Find-AvatarIVMockServer {
    <#
    .SYNOPSIS
    The built AvatarIV.MockServer.dll: of -Configuration (default $env:AVATARIV_CONFIGURATION, which build.ps1
    sets), else the most recent build under src/MockServer/bin.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [string] $RepositoryRoot = (Get-AvatarIVRepositoryRoot),
        [string] $Configuration = $env:AVATARIV_CONFIGURATION
    )
    $bin = Join-Path $RepositoryRoot 'src/MockServer/bin'
    if ($Configuration) {
        $path = Join-Path $bin "$Configuration/net10.0/AvatarIV.MockServer.dll"
        if (Test-Path -LiteralPath $path -PathType Leaf) { return $path }
        throw "The mock server is not built in $Configuration. Run 'dotnet build -c $Configuration' in '$RepositoryRoot' first."
    }
    $newest = Get-ChildItem -LiteralPath $bin -Filter 'AvatarIV.MockServer.dll' -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -like 'net*' } |
        Sort-Object LastWriteTimeUtc -Descending |
        Select-Object -First 1
    if ($null -eq $newest) {
        throw "The mock server is not built. Run 'dotnet build' (or ./build.ps1) in '$RepositoryRoot' first."
    }
    $newest.FullName
}

function Initialize-AvatarIVBuild {
    <#
    .SYNOPSIS
    Builds the solution when the module folder or the mock server is missing; returns the built manifest's path.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $RepositoryRoot = (Get-AvatarIVRepositoryRoot))
    $manifest = Get-AvatarIVModuleManifest -RepositoryRoot $RepositoryRoot
    $mockBuilt = $true
    try { $null = Find-AvatarIVMockServer -RepositoryRoot $RepositoryRoot } catch { $mockBuilt = $false }
    if (-not $mockBuilt -or -not (Test-Path -LiteralPath $manifest -PathType Leaf)) {
        $configuration = if ($env:AVATARIV_CONFIGURATION) { $env:AVATARIV_CONFIGURATION } else { 'Debug' }
        & dotnet build (Join-Path $RepositoryRoot 'AvatarIV.slnx') -c $configuration --nologo | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "'dotnet build' failed with exit code $LASTEXITCODE; see its output above." }
    }
    $manifest
}

function ConvertTo-ProcessArgument {
    # Quotes one argument for ProcessStartInfo.Arguments (Windows PowerShell has no ArgumentList), by the
    # CommandLineToArgvW rules .NET parses it with: backslashes before a quote, or before the closing quote, double.
    param([string] $Value)
    if ($Value -match '[\s"]' -or $Value.Length -eq 0) {
        '"' + (($Value -replace '(\\*)"', '$1$1\"') -replace '(\\+)$', '$1$1') + '"'
    }
    else { $Value }
}

function Start-AvatarIVMockProcess {
    <#
    .SYNOPSIS
    Starts the AvatarIV mock server on a free loopback port and returns its BaseUri and Process.
    .DESCRIPTION
    Runs 'dotnet AvatarIV.MockServer.dll --urls http://127.0.0.1:0 <ArgumentList>' and reads the first line the
    server prints, which is its bound base URL. Stop it with Stop-AvatarIVMockProcess (in a finally block).
    For build.ps1, which must not import the built module; in tests and your own scripts use the module's
    Start-AvatarIVMock cmdlet instead.
    .EXAMPLE
    $mock = Start-AvatarIVMockProcess -ArgumentList '--progression', 'polls:2'
    Connect-AvatarIV -ApiKey (ConvertTo-SecureString 'test-key' -AsPlainText -Force) -BaseUri $mock.BaseUri
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        # Mock flags, e.g. '--progression', 'polls:2' (see docs/mock-server.md, "Flags").
        [string[]] $ArgumentList = @(),
        # AvatarIV.MockServer.dll to run; default: the newest build in this repository.
        [string] $MockServerPath,
        [ValidateRange(1, 600)]
        [int] $StartTimeoutSeconds = 60
    )
    if (-not $MockServerPath) { $MockServerPath = Find-AvatarIVMockServer }
    if (-not (Test-Path -LiteralPath $MockServerPath -PathType Leaf)) {
        throw "Cannot find the mock server at '$MockServerPath'. Build it with 'dotnet build src/MockServer'."
    }
    if (-not (Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue)) {
        throw "The 'dotnet' command is not on PATH. Install the .NET 10 SDK or runtime from https://dot.net and open a new shell."
    }

    $arguments = @($MockServerPath, '--urls', 'http://127.0.0.1:0') + $ArgumentList
    $startInfo = New-Object System.Diagnostics.ProcessStartInfo
    $startInfo.FileName = 'dotnet'
    $startInfo.Arguments = (@($arguments | ForEach-Object { ConvertTo-ProcessArgument $_ }) -join ' ')
    $startInfo.UseShellExecute = $false
    $startInfo.CreateNoWindow = $true
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $process = [System.Diagnostics.Process]::Start($startInfo)
    # The mock logs to stderr: read and drop it so that a chatty server never blocks on a full pipe.
    $process.BeginErrorReadLine()

    $firstLine = $process.StandardOutput.ReadLineAsync()
    $printed = $firstLine.Wait([TimeSpan]::FromSeconds($StartTimeoutSeconds))
    if (-not $printed -or [string]::IsNullOrWhiteSpace($firstLine.Result)) {
        $exit = if ($process.HasExited) { "it exited with code $($process.ExitCode)" } else { "it printed nothing within $StartTimeoutSeconds s" }
        Stop-AvatarIVMockProcess -Mock ([pscustomobject]@{ Process = $process })
        throw "The AvatarIV mock server did not start ($exit). Run 'dotnet `"$MockServerPath`" --urls http://127.0.0.1:0 $($ArgumentList -join ' ')' to see its error."
    }

    [pscustomobject]@{
        PSTypeName = 'AvatarIV.MockServerProcess'
        BaseUri    = $firstLine.Result.Trim().TrimEnd('/') + '/'
        Process    = $process
    }
}

function Stop-AvatarIVMockProcess {
    <# .SYNOPSIS Stops a mock started by Start-AvatarIVMockProcess. Safe to call twice or with $null. #>
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline = $true)] [AllowNull()] $Mock)
    process {
        if ($null -eq $Mock -or $null -eq $Mock.Process) { return }
        $process = $Mock.Process
        try {
            if (-not $process.HasExited) {
                $process.Kill()
                [void]$process.WaitForExit(10000)
            }
        }
        catch [System.InvalidOperationException] {
            # Already gone between the check and the kill.
        }
        finally {
            $process.Dispose()
        }
    }
}

function Invoke-AvatarIVMockAdmin {
    <#
    .SYNOPSIS
    Calls the mock's admin API (/_mock/...) where no *-AvatarIVMock* cmdlet does, e.g. to read a job or move it on.
    -Mock is what Start-AvatarIVMock (or Start-AvatarIVMockProcess) returned. No key needed.
    .EXAMPLE
    Invoke-AvatarIVMockAdmin -Mock $mock -Method Put -Path '_mock/ledgers' -Body @{ api_key = 'k'; credits = 5 }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] $Mock,
        [Parameter(Mandatory = $true)] [string] $Path,
        [ValidateSet('Get', 'Post', 'Put', 'Delete')] [string] $Method = 'Get',
        [hashtable] $Body
    )
    $request = @{ Uri = ([string]$Mock.BaseUri).TrimEnd('/') + '/' + $Path.TrimStart('/'); Method = $Method; UseBasicParsing = $true }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $request.Body = ($Body | ConvertTo-Json -Depth 5 -Compress)
        $request.ContentType = 'application/json'
    }
    # Windows PowerShell returns a JSON array as one object; emitting it enumerates it on both editions.
    $response = Invoke-RestMethod @request
    $response
}

Export-ModuleMember -Function Get-AvatarIVRepositoryRoot, Get-AvatarIVVersion, Get-AvatarIVModuleManifest,
    Find-AvatarIVMockServer, Initialize-AvatarIVBuild, Start-AvatarIVMockProcess, Stop-AvatarIVMockProcess, Invoke-AvatarIVMockAdmin

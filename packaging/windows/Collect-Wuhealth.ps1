<#
.SYNOPSIS
    Runs "wuhealth collect" on many servers through PowerShell remoting and keeps one snapshot
    per server in a folder, ready for "wuhealth batch".

.DESCRIPTION
    Each server needs the wuhealth package unpacked locally (by default in
    C:\Program Files\wuhealth); it brings its own Java. On each server the script runs
    "wuhealth.cmd collect" into a temporary file, reads it back and removes it, so the server
    keeps nothing. Here, each snapshot is written to a temporary name in -OutDir and renamed
    into place, so a batch reading the folder never sees half a file. Servers that cannot be
    reached, or whose collection fails, are listed as warnings; the others are still collected.
    Needs WinRM (Enable-PSRemoting) on the servers and an account that is an administrator there.

.EXAMPLE
    .\Collect-Wuhealth.ps1 -ComputerName (Get-Content servers.txt) -OutDir \\fs01\wuhealth
    wuhealth.cmd batch \\fs01\wuhealth --out report
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string[]] $ComputerName,

    [string] $OutDir = '.\snapshots',

    [string] $WuhealthPath = 'C:\Program Files\wuhealth\wuhealth.cmd',

    [System.Management.Automation.PSCredential] $Credential,

    [int] $ThrottleLimit = 16
)

$ErrorActionPreference = 'Stop'
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$OutDir = (Resolve-Path -LiteralPath $OutDir).ProviderPath

$remote = @{
    ComputerName  = $ComputerName
    ThrottleLimit = $ThrottleLimit
    ArgumentList  = @($WuhealthPath)
    ErrorAction   = 'SilentlyContinue'
    ErrorVariable = 'unreachable'
}
if ($Credential) { $remote.Credential = $Credential }

$results = Invoke-Command @remote -ScriptBlock {
    param($wuhealth)
    # The snapshot goes through a file: stdout would be decoded with the console's code page.
    $file = Join-Path $env:TEMP ('wuhealth-' + [guid]::NewGuid() + '.json')
    $log = & $wuhealth collect --out $file 2>&1 | Out-String
    $code = $LASTEXITCODE
    $snapshot = $null
    if ($code -eq 0) {
        $snapshot = [System.IO.File]::ReadAllText($file, [System.Text.Encoding]::UTF8)
    }
    Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    [pscustomobject]@{ Computer = $env:COMPUTERNAME; ExitCode = $code; Log = $log; Snapshot = $snapshot }
}

$utf8 = New-Object System.Text.UTF8Encoding $false
foreach ($r in $results) {
    if ($r.ExitCode -ne 0) {
        Write-Warning ("{0}: wuhealth collect exited with {1}: {2}" -f $r.PSComputerName, $r.ExitCode, $r.Log.Trim())
        continue
    }
    $target = Join-Path $OutDir ($r.Computer + '.json')
    $temp = Join-Path $OutDir ('.' + $r.Computer + '.json.' + $PID + '.wuhealth-tmp')
    [System.IO.File]::WriteAllText($temp, $r.Snapshot, $utf8)
    if (Test-Path -LiteralPath $target) {
        [System.IO.File]::Replace($temp, $target, [NullString]::Value)
    } else {
        [System.IO.File]::Move($temp, $target)
    }
    Write-Output ("{0}: {1}" -f $r.PSComputerName, $target)
}
foreach ($e in $unreachable) {
    Write-Warning ("{0}: {1}" -f $e.TargetObject, $e.Exception.Message)
}

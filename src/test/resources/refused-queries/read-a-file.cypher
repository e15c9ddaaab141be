// name: read-a-file
// description: Reads whatever file or URL it is given, as an attacker would have it.
// param: url string = file:///etc/passwd — The file or URL to read
// max-rows: 10

LOAD CSV FROM $url AS line
RETURN line
LIMIT $maxRows

/** The HTML bodies IMDS sends with its error statuses. */
export function errorPage(status: number, reason: string): string {
  return `<?xml version="1.0" encoding="iso-8859-1"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
         "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title>${status} - ${reason}</title>
 </head>
 <body>
  <h1>${status} - ${reason}</h1>
 </body>
</html>
`;
}

/** IMDS's own JSON layout: two-space indent, a space before each colon, no final newline. */
export function imdsJson(entries: [string, string][]): string {
  return `{\n${entries.map(([k, v]) => `  "${k}" : ${JSON.stringify(v)}`).join(',\n')}\n}`;
}

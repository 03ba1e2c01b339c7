/**
 * The block structure read before velocityjs parses a template
 * (src/manifests/velocity-blocks.ts), and what checkVelocityTemplate makes
 * of it: an unclosed block is an error at its directive, found without
 * parsing (velocityjs accepts it, and takes exponential time over many); a
 * template too long or too deep to parse is a warning, not a hang.
 */
import { describe, expect, it } from 'vitest';
import { checkVelocityTemplate } from '../../src/manifests/template-rules.js';
import { scanVelocityBlocks } from '../../src/manifests/velocity-blocks.js';

describe('scanVelocityBlocks', () => {
  it.each([
    ['no directive', '{"orderId": "${input.orderId}"}', [], 0],
    ['a closed #if', '#if($input.x) a #elseif($y) b #else c #end', [], 1],
    ['nested blocks', '#foreach($i in $input.items)#if($i) $i #end#end', [], 2],
    ['braced directives', '#{if}($x)y#{else}z#{end}', [], 1],
    ['a macro and its call', '#macro(row $a)<$a>#end #row(1)', [], 1],
    ['a block macro call', '#@box() inside #end', [], 1],
    ['an #if never closed', 'a\n  #if($input.x) b', ['if@4'], 1],
    ['two never closed', '#foreach($a in $b) #if($a) x', ['foreach@0', 'if@19'], 2],
    ['a line comment', '## #if($x)\nok', [], 0],
    ['a block comment', '#* #foreach($a in $b) *# ok', [], 0],
    ['unparsed content', '#[[ #if($x) ]]# ok', [], 0],
    ['an escaped directive', '\\#if($x) ok', [], 0],
    ['an escaped backslash, then a directive', '\\\\#if($x) ok', ['if@2'], 1],
    ['#end inside the arguments', '#if($x == "#end") y', ['if@0'], 1],
    ['parentheses inside quotes', '#set($x = ")") #if($x == ")") y #end', [], 1],
    ['a directive name without arguments is text', 'a #if b #foreach c', [], 0],
    ['a longer name is not #end', '#if($x) #endless', ['if@0'], 1],
  ])('%s', (_, template, unclosed, depth) => {
    const blocks = scanVelocityBlocks(template);
    expect(blocks.unclosed.map((block) => `${block.directive}@${block.index}`)).toEqual(unclosed);
    expect(blocks.maxDepth).toBe(depth);
  });
});

describe('checkVelocityTemplate', () => {
  it('reports the outermost unclosed block at its directive, and how many more there are', () => {
    expect(checkVelocityTemplate('{\n  "a": 1\n  #if($x)\n  #if($y)\n}', ['spec', 'request', 'template'], 'request.template')).toEqual([
      {
        code: 'GLG-VELOCITY',
        message:
          'request.template is not valid Velocity (line 3 of the template): #if is never closed with #end (nor 1 more block inside it)',
        path: ['spec', 'request', 'template'],
        within: { needle: '  #if($x)', columnOffset: 2 },
      },
    ]);
  });

  it('answers at once for a template of forty unclosed blocks (it ran a validate out of memory)', () => {
    const [finding] = checkVelocityTemplate('#if(true)'.repeat(40), ['t'], 'request.template');
    expect(finding).toMatchObject({ code: 'GLG-VELOCITY', message: expect.stringContaining('(nor 39 more blocks inside it)') });
  });

  it.each([
    ['longer than 65,536 characters', '${input.a}'.repeat(6554), 'request.template is 65540 characters long'],
    ['blocks nested deeper than 200', `${'#if(true)'.repeat(201)}x${'#end'.repeat(201)}`, 'request.template nests blocks 201 deep'],
  ])('leaves a template %s to Genesys, with a warning', (_, template, what) => {
    expect(checkVelocityTemplate(template, ['t'], 'request.template')).toEqual([
      {
        code: 'GLG-VELOCITY-UNCHECKED',
        message: `${what}: beyond what validate parses (65536 characters, 200 nested blocks), so it is checked only by Genesys, when apply validates the draft`,
        path: ['t'],
      },
    ]);
  });

  it('still parses a template at the limits', () => {
    expect(checkVelocityTemplate(`${'#if(true)'.repeat(200)}x${'#end'.repeat(200)}`, ['t'], 'request.template')).toEqual([]);
  });
});

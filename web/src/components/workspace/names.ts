import type { Conversation } from '@/api/socket'

/** How a conversation's customer is called: their name, the pre-chat name, or "Visitor 1a2b". */
export function customerName(conversation: Conversation, visitor: string): string {
  const prechat = conversation.prechat as Record<string, unknown>
  const typed = typeof prechat.name === 'string' ? prechat.name : ''
  return conversation.contact?.name || typed || `${visitor} ${conversation.contact_id.slice(-4)}`
}

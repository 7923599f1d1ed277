import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callChannel } from '../../../api/hearth';
import { HearthError } from '../../../api/queries';

/**
 * One page of an exhibit as main draws it (evidence:pageImage, in its worker), as an object URL the
 * page can show, freed when the page is no longer shown. Shared by the hand-drawn boxes (BoxDrawer) and
 * the proposed ones (ExhibitBoxes). Never kept after use: a page image may show what is being redacted.
 */
export function usePageImage(evidenceId: number, page: number) {
  const image = useQuery({
    queryKey: ['evidence:pageImage', evidenceId, page],
    queryFn: async () => {
      const r = await callChannel('evidence:pageImage', { id: evidenceId, page });
      if (!r.ok) throw new HearthError(r.error);
      return { ...r.value, url: URL.createObjectURL(new Blob([r.value.png as BlobPart], { type: 'image/png' })) };
    },
    staleTime: Infinity,
    gcTime: 0,
  });
  const data = image.data;
  useEffect(() => () => data && URL.revokeObjectURL(data.url), [data]);
  return image;
}
